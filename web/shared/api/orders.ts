import type { Call } from '../api-client';

/** The customer's side of the orders API. (placeholder: filled by the feature that owns it) */
export const ordersApi = (_call: Call) => ({});
