import { inject } from 'vitest';
import { caughtMails } from '../../scripts/mail-catcher';

/** A mail as the SMTP catcher received it. */
export interface CaughtMail {
  id: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  date: string;
  headers: Record<string, string>;
}

/** Every mail delivered to an address so far, newest first. */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const to = address.trim().toLowerCase();
  return (await caughtMails(inject('mailApi'))).filter((m) => m.to.includes(to)) as CaughtMail[];
}

/** Waits until a mail whose subject contains the text reaches the address over SMTP. */
export async function waitForMail(address: string, subjectContains: string, timeoutMs = 20_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await mailsTo(address)).find((m) => m.subject.includes(subjectContains));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail "${subjectContains}" to ${address} within ${timeoutMs} ms`);
}
