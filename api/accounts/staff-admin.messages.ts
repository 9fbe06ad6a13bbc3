import type { MessageTable } from '../http/messages';

/** (placeholder: filled by the feature that owns it) */
export const staffAdminMessages: MessageTable = {};
