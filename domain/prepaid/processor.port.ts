import type { CardBrand } from './cards';

/** What the processor tells about a tokenised card; the number itself never reaches us. */
export interface CardDetails {
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  /** Whether the issuer supports 3-D Secure. */
  threeDSecure: 'supported' | 'unsupported';
}

/** The answer to a charge: done, waiting for the customer's 3-D Secure, or refused. */
export type ChargeResult =
  | { status: 'succeeded'; chargeId: string }
  | { status: 'requires_action'; chargeId: string; challengeUrl: string }
  | { status: 'failed'; chargeId: string | null; failureCode: string };

/** A convenience-store payment slip. */
export interface KonbiniSlip {
  paymentId: string;
  paymentNumber: string;
  stores: string[];
  expiresAt: string;
}

/** A net-bank virtual account opened for one payment. */
export interface VirtualAccount {
  paymentId: string;
  bankName: string;
  branchName: string;
  accountType: string;
  accountNumber: string;
  accountHolder: string;
  transferReference: string;
  expiresAt: string;
}

/**
 * The card and payment processor, as the top-up needs it. Every call that creates something
 * carries an idempotency key, so a retried activity never charges or issues twice. A reference
 * the processor refuses for good (a typo'd or expired token) is a PartyRejectedError whose
 * `code` is the processor's error code.
 */
export interface ProcessorPort {
  /** Looks up a card token made by the processor's tokenisation page. */
  describeToken(token: string): Promise<CardDetails>;
  /** Keeps the card at the processor for later charges; returns its reusable reference. */
  saveCard(token: string): Promise<{ ref: string } & CardDetails>;
  /** Forgets a saved card. */
  deleteCard(ref: string): Promise<void>;
  /** Charges a token or saved card; `challenge` forces 3-D Secure, `auto` lets the processor decide. */
  charge(input: {
    idempotencyKey: string;
    amount: number;
    source: string;
    reference: string;
    threeDSecure: 'challenge' | 'auto';
  }): Promise<ChargeResult>;
  /** Cancels an unfinished charge (3-D Secure abandoned); nothing is charged afterwards. */
  cancelCharge(chargeId: string): Promise<void>;
  /** Issues a convenience-store payment slip. */
  createKonbiniPayment(input: {
    idempotencyKey: string;
    amount: number;
    reference: string;
    expiresAt: string;
    customerName: string;
  }): Promise<KonbiniSlip>;
  /** Opens a net-bank virtual account for one payment. */
  createVirtualAccount(input: { idempotencyKey: string; amount: number; reference: string; expiresAt: string }): Promise<VirtualAccount>;
  /** Cancels an unpaid slip or virtual account. */
  cancelPayment(paymentId: string): Promise<void>;
}
