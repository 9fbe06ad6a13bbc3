import type { Call } from '../api-client';

/** The customer's side of the billing API. (placeholder: filled by the feature that owns it) */
export const billingApi = (_call: Call) => ({});
