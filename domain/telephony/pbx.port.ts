/** A SIP endpoint as the PBX needs it to register a unique's phone. */
export interface PbxEndpoint {
  uniqueId: string;
  kind: string;
  sipUser: string;
  sipPassword: string;
  loginServer: string;
}

/** The PBX provisioning system: puts uniques' SIP endpoints in service and takes them out. */
export interface PbxPort {
  /** Creates or replaces the endpoint (idempotent: same uniqueId, same result). */
  provisionEndpoint(endpoint: PbxEndpoint): Promise<void>;
  /** Removes the endpoint; an endpoint already gone counts as removed. */
  removeEndpoint(uniqueId: string): Promise<void>;
}
