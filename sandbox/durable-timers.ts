import { randomUUID } from 'node:crypto';
import type { DurableMap, PartyStore } from './durable-store';

type TimerRecord = { kind: string; dueAt: number; payload: Record<string, unknown> };
type TimerHandler = (payload: Record<string, unknown>) => void | Promise<unknown>;

/**
 * A party's delayed work (a carrier answering an activation a moment later) kept in its store,
 * so that work due while the sandbox was down runs as soon as it is back. Handlers are
 * registered by kind at start; a handler may run twice if the process ends while it runs, so
 * it checks the state it moves on.
 */
export class DurableTimers {
  private readonly records: DurableMap<TimerRecord>;
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly running = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    store: PartyStore,
    private readonly party: string,
  ) {
    this.records = store.map<TimerRecord>('timers');
  }

  /** Says what a timer of this kind does when due. */
  define(kind: string, handler: TimerHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Runs `kind`'s handler with `payload` in `delayMs`, also across a restart. */
  start(kind: string, delayMs: number, payload: Record<string, unknown>): void {
    const id = randomUUID();
    const record: TimerRecord = { kind, dueAt: Date.now() + delayMs, payload };
    this.records.set(id, record);
    this.arm(id, record);
  }

  /** Arms every timer the store held at start; those already due run at once. */
  resume(): void {
    for (const [id, record] of this.records.entries()) this.arm(id, record);
  }

  /** Disarms every timer; their records stay for the next start. */
  stop(): void {
    this.stopped = true;
    for (const t of this.running.values()) clearTimeout(t);
    this.running.clear();
  }

  private arm(id: string, record: TimerRecord): void {
    if (this.stopped || this.running.has(id)) return;
    const t = setTimeout(() => void this.fire(id, record), Math.max(0, record.dueAt - Date.now()));
    t.unref();
    this.running.set(id, t);
  }

  private async fire(id: string, record: TimerRecord): Promise<void> {
    this.running.delete(id);
    const handler = this.handlers.get(record.kind);
    try {
      if (!handler) throw new Error(`no handler for timers of kind ${record.kind}`);
      await handler(record.payload);
    } catch (err) {
      console.error(`sandbox ${this.party}: timer ${record.kind} failed`, err);
    }
    if (!this.stopped) this.records.delete(id);
  }
}
