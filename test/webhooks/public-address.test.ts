import { describe, expect, it } from 'vitest';
import { signatureHeader, sendWebhook } from '../../activities/webhooks/send-webhook';
import { loadConfig } from '../../lib/config';
import { checkUrl, checkUrlForm, isPublicAddress, publicOnlyLookup } from '../../lib/net/public-address';
import { verifyWebhookSignature } from '../../lib/webhook-signature';
import { startReceiver } from './receiver';

const production = { requireHttps: true, allowPrivate: false };
const development = { requireHttps: false, allowPrivate: true };

describe('public addresses (the SSRF rule)', () => {
  it('loopback, private, shared, link-local, unique-local, multicast and reserved addresses are not public', () => {
    for (const ip of [
      '127.0.0.1',
      '127.255.0.9',
      '0.0.0.0',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.10.1',
      '100.64.0.1',
      '169.254.169.254',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fd00::1',
      'fc12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::10.0.0.1',
      '2002:c0a8:0101::1',
      'not-an-ip',
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
  });

  it('public unicast addresses are public', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '203.0.114.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])
      expect(isPublicAddress(ip), ip).toBe(true);
  });

  it('production requires https and refuses literal private hosts, localhost and credentials in the URL', () => {
    expect(checkUrlForm('http://example.com/hooks', production)).toBe('https_required');
    expect(checkUrlForm('https://example.com/hooks', production)).toBeUndefined();
    expect(checkUrlForm('https://127.0.0.1/hooks', production)).toBe('private_address');
    expect(checkUrlForm('https://[fd00::1]/hooks', production)).toBe('private_address');
    expect(checkUrlForm('https://localhost/hooks', production)).toBe('private_address');
    expect(checkUrlForm('https://intranet/hooks', production)).toBe('private_address');
    expect(checkUrlForm('https://user:pw@example.com/hooks', production)).toBe('credentials');
    expect(checkUrlForm('file:///etc/passwd', production)).toBe('scheme');
    expect(checkUrlForm('not a url', production)).toBe('malformed');
  });

  it('development allows http to 127.0.0.1', () => {
    expect(checkUrlForm('http://127.0.0.1:8080/hooks', development)).toBeUndefined();
  });

  it('a host name is checked by what it resolves to', async () => {
    expect(await checkUrl('https://localhost.localdomain/hooks', production)).toMatch(/private_address|unresolvable/);
  });

  it('the configuration is strict in production and lenient elsewhere, unless WEBHOOK_ALLOW_PRIVATE says otherwise', () => {
    const base = { DATABASE_URL: 'postgres://x', SMTP_URL: 'smtp://x', APP_SECRET: '0123456789abcdef0123' };
    // Production wants its own payload keys (lib/codec); any valid one does here.
    expect(loadConfig({ ...base, NODE_ENV: 'production', PAYLOAD_KEYS: `k1:${'A'.repeat(43)}=` }).webhooks).toMatchObject({
      requireHttps: true,
      allowPrivate: false,
      maxAgeMs: 72 * 3_600_000,
    });
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).webhooks).toMatchObject({ requireHttps: false, allowPrivate: true });
    expect(loadConfig({ ...base, NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE: 'false' }).webhooks.allowPrivate).toBe(false);
  });
});

describe('sending (the rule again at delivery time)', () => {
  it('the connect-time lookup refuses a name that resolves to loopback, so DNS rebinding after the URL check is caught', async () => {
    const lookup = publicOnlyLookup(production)!;
    const err = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
    expect(err?.message).toMatch(/non-public address/);
    expect(publicOnlyLookup(development)).toBeUndefined();
  });

  it('a refused target gets no request, and the attempt says why', async () => {
    const hooks = await startReceiver();
    try {
      const res = await sendWebhook({
        url: hooks.url,
        body: '{}',
        secrets: ['whsec_x'],
        eventId: 'e',
        eventType: 'ping',
        deliveryId: 'd',
        attempt: 1,
        timeoutMs: 1000,
        policy: production,
      });
      expect(res).toMatchObject({ ok: false, statusCode: null, error: 'refused: https_required' });
      const lenient = await sendWebhook({
        url: hooks.url.replace('127.0.0.1', 'localhost'),
        body: '{}',
        secrets: ['whsec_x'],
        eventId: 'e',
        eventType: 'ping',
        deliveryId: 'd',
        attempt: 1,
        timeoutMs: 1000,
        policy: { requireHttps: false, allowPrivate: false },
      });
      expect(lenient.error).toMatch(/refused/);
      expect(hooks.received).toHaveLength(0);
    } finally {
      await hooks.close();
    }
  });

  it('the signature header carries one v1 per secret over "<t>.<body>"', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], '{"a":1}', 1_800_000_000);
    const [t, a, b] = header.split(',');
    expect(t).toBe('t=1800000000');
    expect(verifyWebhookSignature('whsec_new', '{"a":1}', `${t},${a}`, 300, 1_800_000_000)).toBeUndefined();
    expect(verifyWebhookSignature('whsec_old', '{"a":1}', `${t},${b}`, 300, 1_800_000_000)).toBeUndefined();
  });
});
