import type { SipCredentials } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PortalMessage, T } from '../../messages';
import { copyText } from './copy-text';

const FIELDS: ReadonlyArray<{ key: 'loginServer' | 'sipUser' | 'sipPassword'; label: PortalMessage }> = [
  { key: 'loginServer', label: 'uqLoginServer' },
  { key: 'sipUser', label: 'uqSipUser' },
  { key: 'sipPassword', label: 'uqSipPassword' },
];

/** SIP credentials as the API showed them once: each value with a copy button, and the warning that they go away. */
export function sipCredentialsBlock(t: T, items: SipCredentials[]): HTMLElement {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'ok' });
  const one = (c: SipCredentials) =>
    h(
      'div',
      { class: 'sip-credential', 'data-unique-id': c.id },
      h('h3', {}, t('uqCredentialsFor', { code: c.code })),
      h(
        'dl',
        {},
        ...FIELDS.flatMap((f) => {
          const what = t(f.label);
          return [
            h('dt', {}, what),
            h(
              'dd',
              {},
              h('code', { class: 'mono', 'data-field': f.key }, c[f.key]),
              h(
                'button',
                {
                  type: 'button',
                  class: 'secondary',
                  'aria-label': t('uqCopyWhat', { what: `${what} (${c.code})` }),
                  onclick: async () => {
                    const ok = await copyText(c[f.key]);
                    status.className = ok ? 'ok' : 'error';
                    status.textContent = ok ? t('uqCopied', { what }) : t('uqCopyFailed');
                  },
                },
                t('uqCopy'),
              ),
            ),
          ];
        }),
      ),
    );
  return h(
    'section',
    { class: 'card sip-credentials', id: 'sip-credentials', 'aria-labelledby': 'sip-credentials-title' },
    h('h2', { id: 'sip-credentials-title' }, t('uqCredentialsTitle')),
    h('p', { class: 'warning' }, t('uqCredentialsOnce')),
    ...items.map(one),
    status,
  );
}
