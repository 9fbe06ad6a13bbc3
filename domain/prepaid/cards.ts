/** Card brands the product accepts (seed §2). */
export const CARD_BRANDS = ['visa', 'mastercard', 'jcb', 'amex', 'diners'] as const;

/** A card brand. */
export type CardBrand = (typeof CARD_BRANDS)[number];

/** Brands whose cards must support 3-D Secure; AMEX and Diners are accepted without it. */
const THREE_DS_MANDATORY: readonly CardBrand[] = ['visa', 'mastercard', 'jcb'];

/**
 * Why a card may not be used, or undefined when it may: for VISA, Mastercard and JCB a card
 * whose issuer does not support 3-D Secure is refused (seed §2).
 */
export function cardRefusal(card: { brand: CardBrand; threeDSecure: 'supported' | 'unsupported' }): 'three_ds_unsupported' | undefined {
  return card.threeDSecure === 'unsupported' && THREE_DS_MANDATORY.includes(card.brand) ? 'three_ds_unsupported' : undefined;
}
