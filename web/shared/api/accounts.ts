import type { Call } from '../api-client';

/** The customer's side of the accounts API. (placeholder: filled by the feature that owns it) */
export const accountsApi = (_call: Call) => ({});
