/** The outside party refused the request for good (4xx): retrying will not help. */
export class PartyRejectedError extends Error {
  constructor(
    readonly party: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(`${party} refused: ${status} ${reason}`);
    this.name = 'PartyRejectedError';
  }
}

/**
 * Calls a party's JSON API with a bearer key. 4xx answers become PartyRejectedError; network
 * errors and 5xx stay plain errors so that the activity is retried.
 */
export async function callParty<T>(party: string, url: string, apiKey: string, method: string, body?: unknown, okStatuses: number[] = []): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  const parsed = (text ? JSON.parse(text) : {}) as T & { error?: string };
  if (res.ok || okStatuses.includes(res.status)) return { status: res.status, body: parsed };
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PartyRejectedError(party, res.status, parsed.error ?? text.slice(0, 200));
  throw new Error(`${party} answered ${res.status}`);
}
