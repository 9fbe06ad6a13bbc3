import type { Call } from '../api-client';

/** (placeholder: filled by the feature that owns it) */
export const customersApi = (_call: Call) => ({});
