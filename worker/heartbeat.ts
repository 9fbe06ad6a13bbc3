import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';

const BEAT_MS = 1000;

/**
 * Heartbeats every remote activity once a second while it runs, so that the server notices a dead
 * worker after the activity's heartbeat timeout (seconds) rather than its start-to-close timeout.
 * Activities that heartbeat themselves carry no details, so these beats overwrite nothing.
 */
const heartbeatWhileRunning: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(input, next) {
      if (ctx.info.isLocal) return next(input);
      // No beat at the start: an activity done within a second costs the server no heartbeat call.
      const timer = setInterval(() => ctx.heartbeat(), BEAT_MS);
      try {
        return await next(input);
      } finally {
        clearInterval(timer);
      }
    },
  },
});

/**
 * Worker options every worker of this project runs with: the beats above, sent to the server at
 * least each second (the SDK otherwise throttles them to 80% of the heartbeat timeout, which
 * leaves a busy machine one second of slack).
 */
export const heartbeatOptions = {
  interceptors: { activity: [heartbeatWhileRunning] },
  maxHeartbeatThrottleInterval: '1 second',
  defaultHeartbeatThrottleInterval: '1 second',
} satisfies Partial<WorkerOptions>;
