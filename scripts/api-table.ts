import { buildOpenApi } from '../api/http/openapi';
import { DOMAIN_MODULES } from '../modules';

/**
 * Prints the README's operation table from the routes themselves: one row per tag, each
 * operation with its access rule, so the manual cannot drift from the API.
 */
function apiTable(): string {
  const spec = buildOpenApi(
    DOMAIN_MODULES.flatMap((m) => m.routes ?? []),
    { version: '1.0.0', serverUrl: '' },
  );
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, { tags?: string[]; 'x-access'?: unknown }>>))
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      const access = Array.isArray(op['x-access']) ? op['x-access'].join(', ') : String(op['x-access']);
      const rows = byTag.get(tag) ?? [];
      rows.push(`\`${method.toUpperCase()} ${path}\` (${access})`);
      byTag.set(tag, rows);
    }
  const order = (spec.tags as Array<{ name: string }>).map((t) => t.name);
  const tags = [...byTag.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return ['| tag | operations (who may call) |', '|---|---|', ...tags.map((t) => `| ${t} | ${byTag.get(t)!.join(', ')} |`)].join('\n');
}

console.log(apiTable());
