const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const TEXTS = {
  ja: {
    title: 'カード情報の入力',
    number: 'カード番号',
    month: '有効期限（月）',
    year: '有効期限（年）',
    cvc: 'セキュリティコード',
    submit: 'このカードを使う',
    note: 'カード番号は決済代行会社（サンドボックス）に直接送られ、加盟店には届きません。',
  },
  en: {
    title: 'Card details',
    number: 'Card number',
    month: 'Expiry month',
    year: 'Expiry year',
    cvc: 'Security code',
    submit: 'Use this card',
    note: 'The card number goes straight to the processor (sandbox); the merchant never receives it.',
  },
} as const;

/** The page's language: Japanese unless English is asked for. */
export const cardEntryLang = (lang: unknown): keyof typeof TEXTS => (lang === 'en' ? 'en' : 'ja');

/**
 * The processor's hosted card entry page, framed by the merchant's page. The number is typed
 * here, on the processor's origin, and only the token is handed to the merchant's window.
 */
export function cardEntryPage(parentOrigin: string, lang: keyof typeof TEXTS, today: Date): string {
  const thisYear = today.getUTCFullYear();
  const thisMonth = today.getUTCMonth() + 1;
  const t = TEXTS[lang];
  const months = Array.from(
    { length: 12 },
    (_, i) => `<option value="${i + 1}"${i + 1 === thisMonth ? ' selected' : ''}>${String(i + 1).padStart(2, '0')}</option>`,
  ).join('');
  const years = Array.from({ length: 16 }, (_, i) => `<option value="${thisYear + i}">${thisYear + i}</option>`).join('');
  return `<!doctype html><html lang="${lang}" data-parent-origin="${escape(parentOrigin)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<link rel="stylesheet" href="card-entry.css"></head>
<body><main><form id="card-form" novalidate>
<label for="card-number">${t.number}</label>
<input id="card-number" name="number" inputmode="numeric" autocomplete="cc-number" maxlength="23" required>
<div class="row">
<div><label for="card-exp-month">${t.month}</label><select id="card-exp-month" name="expMonth" autocomplete="cc-exp-month">${months}</select></div>
<div><label for="card-exp-year">${t.year}</label><select id="card-exp-year" name="expYear" autocomplete="cc-exp-year">${years}</select></div>
<div><label for="card-cvc">${t.cvc}</label><input id="card-cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required></div>
</div>
<button type="submit" id="card-submit">${t.submit}</button>
<p id="card-status" role="status" aria-live="polite"></p>
<p class="note">${t.note}</p>
</form></main><script src="card-entry.js"></script></body></html>`;
}

/** The page's style, served from the processor's origin like its script. */
export const CARD_ENTRY_CSS = `body{font-family:system-ui,sans-serif;margin:0;padding:.5rem;color:#1a1a1a;background:#fff}
form{display:grid;gap:.4rem;max-width:32rem}label{font-size:.9rem;font-weight:600}
input,select{font:inherit;padding:.45rem;border:1px solid #767676;border-radius:4px;width:100%;box-sizing:border-box}
.row{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.5rem}
button{font:inherit;padding:.55rem 1rem;border:0;border-radius:4px;background:#0b57d0;color:#fff;cursor:pointer;justify-self:start}
#card-status{min-height:1.2em;margin:.2rem 0}.error{color:#b3261e}.note{font-size:.8rem;color:#444;margin:0}`;

/** The page's script: tokenise here, hand the token (never the number) to the merchant's window. */
export const CARD_ENTRY_JS = `(() => {
  const parentOrigin = document.documentElement.dataset.parentOrigin;
  const ja = document.documentElement.lang === 'ja';
  const form = document.getElementById('card-form');
  const status = document.getElementById('card-status');
  const number = document.getElementById('card-number');
  const cvc = document.getElementById('card-cvc');
  const say = (text, error) => { status.textContent = text; status.className = error ? 'error' : ''; };
  const ERRORS = {
    invalid_number: ja ? 'カード番号を確認してください。' : 'Check the card number.',
    invalid_expiry: ja ? '有効期限を確認してください。' : 'Check the expiry date.',
    card_expired: ja ? 'このカードは有効期限が切れています。' : 'This card has expired.',
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    say(ja ? '確認中…' : 'Checking…');
    try {
      const res = await fetch('v1/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          number: number.value,
          expMonth: Number(form.expMonth.value),
          expYear: Number(form.expYear.value),
          cvc: cvc.value,
        }),
      });
      const body = await res.json();
      if (res.status !== 201) return say(ERRORS[body.error && body.error.code] || (ja ? 'このカードは使えません。' : 'This card cannot be used.'), true);
      number.value = '';
      cvc.value = '';
      say((ja ? 'カードを確認しました: ' : 'Card accepted: ') + body.brand.toUpperCase() + ' •••• ' + body.last4);
      parent.postMessage({ type: 'card-token', token: body.token, brand: body.brand, last4: body.last4,
        expMonth: body.expMonth, expYear: body.expYear, threeDSecure: body.threeDSecure }, parentOrigin);
    } catch {
      say(ja ? '決済代行会社に接続できません。' : 'The processor is not answering.', true);
    }
  });
})();`;
