import { describe, expect, it } from 'vitest';
import { renderGsProvision } from '../../domain/devices/grandstream';
import { macFromConfigFileName, normaliseMac, normaliseSerial, normaliseTrackingNumber } from '../../domain/devices/identifiers';

describe('device identifiers', () => {
  it('reads a MAC address in any usual notation into 12 lower-case hex digits', () => {
    for (const input of ['000B82123456', '00:0b:82:12:34:56', '00-0B-82-12-34-56', '000b.8212.3456', '  00:0B:82:12:34:56 ']) {
      expect(normaliseMac(input)).toEqual({ ok: true, value: '000b82123456' });
    }
  });

  it('refuses malformed, mixed-separator, multicast, all-zero and broadcast MAC addresses', () => {
    expect(normaliseMac('00:0b:82:12:34')).toEqual({ ok: false, problem: 'format' });
    expect(normaliseMac('00-0b:82-12:34-56')).toEqual({ ok: false, problem: 'format' });
    expect(normaliseMac('00:0b:82:12:34:5g')).toEqual({ ok: false, problem: 'format' });
    expect(normaliseMac('01:00:5e:00:00:01')).toEqual({ ok: false, problem: 'multicast' });
    expect(normaliseMac('000000000000')).toEqual({ ok: false, problem: 'reserved' });
    expect(normaliseMac('ff:ff:ff:ff:ff:ff')).toEqual({ ok: false, problem: 'reserved' });
  });

  it('keeps serial numbers upper case and tracking numbers without hyphens', () => {
    expect(normaliseSerial(' 20ez1abc1234 ')).toEqual({ ok: true, value: '20EZ1ABC1234' });
    expect(normaliseSerial('20EZ-1ABC')).toEqual({ ok: false, problem: 'format' });
    expect(normaliseTrackingNumber('1234-5678-9012')).toEqual({ ok: true, value: '123456789012' });
  });

  it('finds the MAC in the configuration file name the phone asks for, in either case', () => {
    expect(macFromConfigFileName('cfg000b82123456.xml')).toBe('000b82123456');
    expect(macFromConfigFileName('cfg000B82123456.XML')).toBe('000b82123456');
    expect(macFromConfigFileName('cfg000b82123456')).toBe('000b82123456');
    expect(macFromConfigFileName('cfg.xml')).toBeUndefined();
  });
});

describe('Grandstream configuration file', () => {
  it('writes account 1 and account 2 with their P-values, escaping XML', () => {
    const xml = renderGsProvision('000b82123456', [
      {
        active: true,
        accountName: 'A&B',
        sipServer: 'sip.example.jp',
        sipUserId: '8100000001',
        authId: '8100000001',
        password: 'p<w>',
        displayName: '受付',
      },
      undefined,
    ]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gs_provision version="1">\n {2}<mac>000b82123456<\/mac>\n {2}<config version="1">/,
    );
    expect(xml).toContain('<P271>1</P271>');
    expect(xml).toContain('<P270>A&amp;B</P270>');
    expect(xml).toContain('<P34>p&lt;w&gt;</P34>');
    expect(xml).toContain('<P3>受付</P3>');
    expect(xml).toContain('<P401>0</P401>');
    expect(xml).toContain('<P404></P404>');
  });
});
