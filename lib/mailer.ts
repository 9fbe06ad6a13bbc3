import nodemailer from 'nodemailer';

/** The SMTP side of the mail outbox: what a sent message needs. */
export interface MailTransport {
  send(message: { from: string; to: string; subject: string; text: string; messageId: string; language: string }): Promise<void>;
  verify(): Promise<void>;
  close(): void;
}

/** An SMTP transport from a URL such as smtp://user:pass@host:587 or smtps://host:465. */
export function createSmtpTransport(url: string): MailTransport {
  // Pooled by default: a busy worker reuses a few open SMTP sessions instead of a handshake per
  // mail. `?pool=false` in SMTP_URL turns it off.
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  const transporter = nodemailer.createTransport(parsed.toString());
  return {
    async send(m) {
      await transporter.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
        headers: { 'Content-Language': m.language },
      });
    },
    async verify() {
      await transporter.verify();
    },
    close() {
      transporter.close();
    },
  };
}
