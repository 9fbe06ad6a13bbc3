import type { Call } from '../api-client';

/** The customer's side of the telephony API. (placeholder: filled by the feature that owns it) */
export const telephonyApi = (_call: Call) => ({});
