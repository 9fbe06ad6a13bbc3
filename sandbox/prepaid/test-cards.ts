import type { CardBrand } from '../../domain/prepaid/cards';

/** How a sandbox test card behaves, chosen by its last four digits. */
export type CardBehaviour = 'success' | 'three_ds_required' | 'three_ds_fails' | 'decline' | 'no_three_ds';

/** The brand of a card number by its prefix, as processors detect it. */
export function brandOf(number: string): CardBrand | undefined {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(number)) return 'mastercard';
  if (/^35/.test(number)) return 'jcb';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^(36|38|30[0-5])/.test(number)) return 'diners';
  return undefined;
}

/** Test numbers (README "Prepaid top-up"): the last four digits pick the behaviour, any brand. */
export function behaviourOf(number: string): CardBehaviour {
  const last4 = number.slice(-4);
  if (last4 === '0002') return 'decline';
  if (last4 === '3220') return 'three_ds_required';
  if (last4 === '3063') return 'three_ds_fails';
  if (last4 === '0077') return 'no_three_ds';
  return 'success';
}
