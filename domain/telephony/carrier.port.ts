/** What the carrier says about one number: activation is asynchronous and ends by webhook. */
export type CarrierActivationState = 'pending' | 'active' | 'failed';

/** The carrier that routes our numbers: activation (answered later by webhook) and deactivation. */
export interface CarrierPort {
  /**
   * Asks to route the number to our PBX; `reference` comes back in the webhook. Idempotent per
   * reference. `readyBy` (RFC 3339) is the due date of a number with a lead time (overseas): the
   * carrier answers by then; without it, as soon as it can.
   */
  requestActivation(input: {
    number: string;
    reference: string;
    readyBy?: string;
  }): Promise<{ requestId: string; state: CarrierActivationState }>;
  /** Stops routing the number; a number not routed counts as done. */
  deactivate(number: string): Promise<void>;
}
