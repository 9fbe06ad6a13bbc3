const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The sandbox issuer's 3-D Secure page: the person trying the system passes or fails it. */
export function challengePage(chargeId: string, amount: number, brand: string, last4: string, status: string): string {
  const form =
    status === 'requires_action'
      ? `<form method="post"><button name="result" value="pass">Authenticate (pass)</button> <button name="result" value="fail">Fail authentication</button></form>`
      : `<p>Result: <strong>${escape(status)}</strong>. You may close this window.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>3-D Secure (sandbox)</title></head>
<body style="font-family:sans-serif;max-width:32em;margin:3em auto">
<h1>3-D Secure — sandbox issuer</h1>
<p>Charge <code>${escape(chargeId)}</code>: ¥${amount.toLocaleString('en-US')} on ${escape(brand)} •••• ${escape(last4)}</p>
${form}</body></html>`;
}
