import type { DurableMap, PartyStore } from './durable-store';
import { deliverWebhook, type WebhookEvent } from './webhook-sender';

/**
 * A party's webhooks on their way: each event is stored before the first attempt and dropped
 * once delivery has finished (delivered, refused for good, or out of attempts). Events still
 * stored when the sandbox stops are sent again, with the same ID, when it starts.
 */
export class WebhookOutbox {
  private readonly pending: DurableMap<WebhookEvent>;
  private readonly stopping = new AbortController();

  constructor(
    store: PartyStore,
    private readonly url: string,
    private readonly secret: string,
  ) {
    this.pending = store.map<WebhookEvent>('outbox');
  }

  /** Stores the event, then delivers it; resolves with the final HTTP status (0: nothing answered). */
  send(event: WebhookEvent): Promise<number> {
    this.pending.set(event.id, event);
    return this.deliver(event);
  }

  /** Sends again every event a previous run left undelivered. */
  resume(): void {
    for (const event of [...this.pending.values()]) void this.deliver(event);
  }

  /** Stops every delivery under way; their events stay stored for the next start. */
  stop(): void {
    this.stopping.abort();
  }

  private async deliver(event: WebhookEvent): Promise<number> {
    const status = await deliverWebhook(this.url, this.secret, event, undefined, this.stopping.signal);
    if (!this.stopping.signal.aborted) this.pending.delete(event.id);
    return status;
  }
}
