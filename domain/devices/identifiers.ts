/** Why a scanned identifier was refused. */
export type IdentifierProblem = 'format' | 'multicast' | 'reserved';

/** The outcome of reading a scanned value: the normalised form, or why it was refused. */
export type Normalised = { ok: true; value: string } | { ok: false; problem: IdentifierProblem };

const MAC_FORMATS = [
  /^[0-9a-f]{12}$/, // 000b82123456
  /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/, // 00:0b:82:12:34:56
  /^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/, // 00-0B-82-12-34-56
  /^[0-9a-f]{4}(\.[0-9a-f]{4}){2}$/, // 000b.8212.3456
];

/**
 * Reads a MAC address as scanners and labels print it (bare, colons, hyphens or Cisco dots, any
 * case) into the 12 lower-case hex digits of Grandstream's `cfg<mac>.xml`. A phone's own address
 * is never multicast, all zeros or broadcast.
 */
export function normaliseMac(input: string): Normalised {
  const text = input.trim().toLowerCase();
  if (!MAC_FORMATS.some((f) => f.test(text))) return { ok: false, problem: 'format' };
  const value = text.replace(/[^0-9a-f]/g, '');
  if (value === '000000000000' || value === 'ffffffffffff') return { ok: false, problem: 'reserved' };
  if (parseInt(value.slice(0, 2), 16) & 1) return { ok: false, problem: 'multicast' };
  return { ok: true, value };
}

/** A serial number as the label shows it: 8 to 20 letters and digits, kept upper case. */
export function normaliseSerial(input: string): Normalised {
  const value = input.trim().toUpperCase();
  return /^[A-Z0-9]{8,20}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'format' };
}

/** A parcel tracking number: letters and digits, printed hyphens dropped. */
export function normaliseTrackingNumber(input: string): Normalised {
  const value = input.trim().toUpperCase().replace(/-/g, '');
  return /^[A-Z0-9]{8,30}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'format' };
}

/** Reads the MAC out of a requested configuration file name (`cfg000b82123456.xml`, any case). */
export function macFromConfigFileName(fileName: string): string | undefined {
  const m = /^cfg([0-9a-f]{12})(\.xml)?$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : undefined;
}
