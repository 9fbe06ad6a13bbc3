import type { Knex } from 'knex';
import { createSessionsStore } from '../../db/accounts/sessions.store';
import type { Stack } from '../../scripts/stack';

/**
 * The headers the PBX authenticates with: its service key when the stack has one (as in
 * production), else a session of an operator login (how the calls endpoints were first reached).
 */
export async function pbxHeaders(stack: Stack, db: Knex): Promise<{ headers: Record<string, string>; as: 'pbx_key' | 'operator_session' }> {
  const key = stack.env.PBX_CLIENT_KEY;
  if (key && process.env.BENCH_PBX_AUTH !== 'operator') return { headers: { 'x-pbx-key': key }, as: 'pbx_key' };
  const [staff] = await db('staff')
    .insert({ login_id: `bench-op-${Date.now()}`, password_hash: 'x', name: 'Bench', role: 'operator' })
    .returning('id');
  const { token } = await createSessionsStore(db).create({ kind: 'staff', staffId: staff.id, role: 'operator' }, 600);
  return { headers: { authorization: `Bearer ${token}` }, as: 'operator_session' };
}
