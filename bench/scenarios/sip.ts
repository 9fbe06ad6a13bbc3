import type { Scenario } from '../lib/scenario';

/** Calls through Kamailio (placeholder: filled by the feature that owns it). */
export const sip: Scenario = {
  name: 'sip',
  description: 'calls through Kamailio (not yet measured)',
  async run() {
    return {};
  },
};
