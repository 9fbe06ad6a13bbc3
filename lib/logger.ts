import type { LogLevel as TemporalLogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
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

const TEMPORAL_LEVELS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * The Temporal SDK's logger interface over pino, for `Runtime.install`: the SDK's own lines, core's
 * forwarded ones and the workflow and activity context loggers all come out as this process's JSON.
 * Their attributes (workflowId, runId, activityId, taskQueue…) become fields of the line; an
 * activity's run ID, which the SDK calls workflowRunId, is also written as runId so that one field
 * finds a run's workflow and activity lines alike. The task token is left out (long, and a credential of sorts).
 */
export function temporalLogger(log: Logger): TemporalLogger {
  const write = (level: TemporalLogLevel, message: string, meta: LogMetadata = {}) => {
    const pinoLevel = TEMPORAL_LEVELS[level];
    if (!log.isLevelEnabled(pinoLevel)) return;
    const { taskToken: _token, error, ...fields } = meta as Record<string, unknown>;
    if (fields.workflowRunId && !fields.runId) fields.runId = fields.workflowRunId;
    // pino serialises an Error under `err` only.
    if (error !== undefined) fields[error instanceof Error ? 'err' : 'error'] = error;
    log[pinoLevel](fields, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
