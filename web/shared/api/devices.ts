import type { Call } from '../api-client';

/** The customer's side of the devices API. (placeholder: filled by the feature that owns it) */
export const devicesApi = (_call: Call) => ({});
