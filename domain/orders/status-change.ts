/** A move of an order to a status, as workflows ask for it and the order's row records it. */
export interface StatusChange {
  status: string;
  /** Names the event in the order's timeline, so a retried write records it once. */
  eventKey: string;
  note?: string;
  nextAction?: Record<string, unknown> | null;
  detail?: Record<string, unknown>;
  failureReason?: string | null;
  closed?: boolean;
}
