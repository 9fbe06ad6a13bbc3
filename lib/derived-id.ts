import { v5 as uuidv5 } from 'uuid';

/** The project's own UUID namespace for IDs derived from names (RFC 9562 version 5). */
const NAMESPACE = '6f1c2a7e-3b8d-5c4e-9a21-4d7e8f0b1c35';

/** A UUID derived from a name: the same name always gives the same ID, so a retry names the same thing. */
export const derivedId = (name: string): string => uuidv5(name, NAMESPACE);
