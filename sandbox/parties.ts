import { parcelParty } from './devices/parcel.party';
import { processorParty } from './prepaid/processor.party';
import type { SandboxParty } from './server';
import { carrierParty } from './telephony/carrier.party';
import { pbxParty } from './telephony/pbx.party';

/** Every sandboxed outside party, by the URL prefix it answers under. */
export const SANDBOX_PARTIES: Record<string, SandboxParty> = {
  processor: processorParty,
  carrier: carrierParty,
  pbx: pbxParty,
  parcel: parcelParty,
};
