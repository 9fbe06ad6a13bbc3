/** An outside party refused for good (a 4xx a retry will not change); `reason` is its own code or text. */
export class PartyRejectedError extends Error {
  constructor(
    readonly party: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(`${party} refused: ${status} ${reason}`);
    this.name = 'PartyRejectedError';
  }

  /** The reason read as an error code: the processor answers with codes that callers branch on. */
  get code(): string {
    return this.reason;
  }
}
