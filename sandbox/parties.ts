// Each sandboxed outside party registers itself on import; add one line per party.
import './carrier/carrier.party';
import './parcel/parcel.party';
import './pbx/pbx.party';
import './processor/processor.sandbox';
export {};
