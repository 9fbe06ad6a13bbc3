/**
 * How long a remote activity may go without a heartbeat before Temporal retries it elsewhere. The
 * worker heartbeats every running activity each second (worker/heartbeat.ts), so this is what a
 * killed worker delays an activity by, instead of its whole start-to-close timeout.
 */
export const HEARTBEAT_TIMEOUT = '5 seconds';
