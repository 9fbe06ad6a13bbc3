import { expect, it } from 'vitest';
import { committedClientSchema, generateClientSchema } from '../../scripts/generate-client';

/** The first line where two texts differ, as "line N: committed … / routes …", or undefined when equal. */
function firstDifference(committed: string, fresh: string): string | undefined {
  if (committed === fresh) return undefined;
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const n = a.findIndex((line, i) => line !== b[i]);
  const at = n === -1 ? a.length : n;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '<end>')} / routes ${JSON.stringify(b[at] ?? '<end>')}`;
}

it('the typed API client matches the routes: lib/api-client/schema.d.ts is what npm run client generates now', async () => {
  const difference = firstDifference(committedClientSchema(), await generateClientSchema());
  // Not a plain equality: its diff would print 18,000 lines; this says where and what to do.
  expect(difference, `lib/api-client/schema.d.ts is stale (${difference}): run npm run client`).toBeUndefined();
});
