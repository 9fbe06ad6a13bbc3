import type { Messages } from '../../shared/i18n';

/** (placeholder: filled by the feature that owns it) */
export const telephonyMessages = {} satisfies Messages;
