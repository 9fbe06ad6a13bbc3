// Each sandboxed outside party registers itself on import; add one line per party.
import './telephony/carrier.party';
import './devices/parcel.party';
import './telephony/pbx.party';
import './prepaid/processor.party';
export {};
