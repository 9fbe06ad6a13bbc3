// maildev 2.x ships no types; this declares the small part scripts/mail-catcher.ts uses.

declare module 'maildev' {
  import type { SMTPServer } from 'smtp-server';

  namespace MailDev {
    interface Options {
      /** SMTP port (default 1025). */
      smtp?: number;
      /** Web UI and REST port (default 1080). */
      web?: number;
      /** Address both servers bind to (default `::`). */
      ip?: string;
      webIp?: string;
      /** Where the raw .eml files go; mails already there are loaded at start. */
      mailDirectory?: string;
      silent?: boolean;
      verbose?: boolean;
      disableWeb?: boolean;
      basePathname?: string;
      incomingUser?: string;
      incomingPass?: string;
    }

    interface Address {
      address: string;
      name?: string;
    }

    /** One mail as `GET /email` returns it (JSON, so dates are ISO strings). */
    interface Email {
      id: string;
      /** Without the angle brackets. */
      messageId?: string;
      from?: Address[];
      to?: Address[];
      cc?: Address[];
      bcc?: Address[];
      subject?: string;
      text?: string;
      html?: string;
      /** The parsed Date header. */
      date?: string;
      /** The Date header, else when maildev stored the mail. */
      time: string;
      read: boolean;
      /** Lower-case names; a repeated header is an array. */
      headers: Record<string, string | string[]>;
      envelope: {
        from: Address | false | '';
        /** RCPT TO; not known (`''`) for mails loaded back from the mail directory. */
        to: Address[] | '';
        host?: string;
        remoteAddress?: string;
      };
      calculatedBcc?: Address[];
      size?: number;
    }
  }

  /** A module-level singleton: `new MailDev()` (re)configures the one server of the process. */
  class MailDev {
    constructor(options: MailDev.Options);
    readonly smtp: SMTPServer;
    readonly store: MailDev.Email[];
    listen(): Promise<void>;
    close(callback?: () => void): void;
    onSmtpError(err: Error): void;
    on(event: 'new' | 'delete' | 'close', listener: (...args: never[]) => void): void;
    removeListener(event: 'new' | 'delete' | 'close', listener: (...args: never[]) => void): void;
  }

  export = MailDev;
}

declare module 'maildev/lib/web' {
  import type { Server } from 'node:http';

  const web: {
    /** The inbox's HTTP server, set once `new MailDev()` started it. */
    server: Server | null;
    close(callback?: (err?: Error) => void): void;
  };
  export = web;
}
