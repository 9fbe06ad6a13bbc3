import { InputError } from '../errors';

/** The seed's five ways to top up the prepaid balance. */
export const TOPUP_METHODS = ['card', 'registered_card', 'net_bank', 'konbini', 'bank_transfer'] as const;

/** One way to pay for a top-up. */
export type TopupMethod = (typeof TOPUP_METHODS)[number];

/** The allowed amount range of each method, in yen, both ends included. */
export type MethodLimits = Record<TopupMethod, { min: number; max: number }>;

/** The amount the customer chose: a typed amount wins over the select box, as in the seed. */
export function chooseTopupAmount(input: { amount?: number; presetAmount?: number }, presets: readonly number[]): number {
  if (input.amount !== undefined) return input.amount;
  if (input.presetAmount === undefined) throw new InputError('topup_amount_missing', {}, 'body.amount');
  if (!presets.includes(input.presetAmount)) throw new InputError('topup_preset_unknown', { presets: [...presets] }, 'body.presetAmount');
  return input.presetAmount;
}

/** Refuses an amount outside the method's range with a 422 that names the range. */
export function checkTopupAmount(method: TopupMethod, amount: number, limits: MethodLimits, field = 'body.amount'): void {
  const { min, max } = limits[method];
  if (!Number.isSafeInteger(amount) || amount < min || amount > max) {
    throw new InputError('topup_amount_out_of_range', { method, min, max, amount }, field);
  }
}
