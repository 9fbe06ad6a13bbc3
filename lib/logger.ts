import pino, { type Logger } from 'pino';

/** JSON logs; secrets are redacted wherever they might appear in a logged object. */
export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'headers.authorization',
        'req.headers.authorization',
        'sipPassword',
        '*.sipPassword',
        'cardNumber',
        '*.cardNumber',
      ],
      censor: '[redacted]',
    },
  });
}
