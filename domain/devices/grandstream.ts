/** One SIP account of a phone, in the words of Grandstream's web page. */
export interface GsSipAccount {
  active: boolean;
  accountName: string;
  sipServer: string;
  sipUserId: string;
  authId: string;
  password: string;
  displayName: string;
}

/** The P-values of account 1 and account 2 (GXP16xx configuration template). */
const P_VALUES = [
  { active: 'P271', accountName: 'P270', sipServer: 'P47', sipUserId: 'P35', authId: 'P36', password: 'P34', displayName: 'P3' },
  { active: 'P401', accountName: 'P417', sipServer: 'P402', sipUserId: 'P404', authId: 'P405', password: 'P406', displayName: 'P407' },
] as const;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * Renders a `gs_provision` file for one phone. An account slot without a unique is written as
 * inactive with empty credentials, so a unique taken off the phone stops registering.
 */
export function renderGsProvision(mac: string, accounts: Array<GsSipAccount | undefined>): string {
  const lines: string[] = [];
  P_VALUES.forEach((p, i) => {
    const a = accounts[i];
    lines.push(`    <${p.active}>${a?.active ? 1 : 0}</${p.active}>`);
    for (const key of ['accountName', 'sipServer', 'sipUserId', 'authId', 'password', 'displayName'] as const) {
      lines.push(`    <${p[key]}>${a?.active ? escapeXml(a[key]) : ''}</${p[key]}>`);
    }
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gs_provision version="1">',
    `  <mac>${mac}</mac>`,
    '  <config version="1">',
    ...lines,
    '  </config>',
    '</gs_provision>',
    '',
  ].join('\n');
}
