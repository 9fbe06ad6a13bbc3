import type { Call } from '../api-client';

/** (placeholder: filled by the feature that owns it) */
export const staffAdminApi = (_call: Call) => ({});
