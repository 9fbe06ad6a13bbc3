/** What the carrier says about one number: activation is asynchronous and ends by webhook. */
export type CarrierActivationState = 'pending' | 'active' | 'failed';

/** The carrier that routes our numbers: activation (answered later by webhook) and deactivation. */
export interface CarrierPort {
  /** Asks to route the number to our PBX; `reference` comes back in the webhook. Idempotent per reference. */
  requestActivation(input: { number: string; reference: string }): Promise<{ requestId: string; state: CarrierActivationState }>;
  /** Stops routing the number; a number not routed counts as done. */
  deactivate(number: string): Promise<void>;
}
