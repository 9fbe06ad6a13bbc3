import type { Call } from '../api-client';

/** The customer's side of the prepaid API. (placeholder: filled by the feature that owns it) */
export const prepaidApi = (_call: Call) => ({});
