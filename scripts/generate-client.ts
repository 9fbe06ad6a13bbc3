import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildOpenApi } from '../api/http/openapi';
import { DOMAIN_MODULES } from '../modules';

const root = join(__dirname, '..');

/** Where the generated types of the typed API client live (committed, checked by test/api/client-fresh.test.ts). */
export const CLIENT_SCHEMA_FILE = join(root, 'lib', 'api-client', 'schema.d.ts');

const HEADER = `/**
 * Types of every operation of the API, generated from the OpenAPI document (the route definitions)
 * by \`npm run client\`. Do not edit by hand: change the routes and regenerate.
 */
`;

/**
 * The text of lib/api-client/schema.d.ts as the routes define the API now: the same document
 * GET /openapi.json answers, turned into types by openapi-typescript and formatted like the
 * rest of the repository, so the committed file can be compared byte for byte.
 */
export async function generateClientSchema(): Promise<string> {
  const document = buildOpenApi(
    DOMAIN_MODULES.flatMap((m) => m.routes ?? []),
    { version: '1.0.0', serverUrl: '' },
  );
  // The document is built in memory: no $ref leaves it, so nothing is read from disk or network.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { emptyObjectsUnknown: true });
  const text = HEADER + astToString(ast);
  const options = (await resolveConfig(CLIENT_SCHEMA_FILE)) ?? {};
  return format(text, { ...options, filepath: CLIENT_SCHEMA_FILE });
}

/** The committed schema file, or '' when there is none yet. */
export function committedClientSchema(): string {
  try {
    return readFileSync(CLIENT_SCHEMA_FILE, 'utf8');
  } catch {
    return '';
  }
}

if (require.main === module) {
  generateClientSchema()
    .then((text) => {
      const changed = text !== committedClientSchema();
      writeFileSync(CLIENT_SCHEMA_FILE, text);
      console.log(`${changed ? 'wrote' : 'unchanged:'} ${CLIENT_SCHEMA_FILE.slice(root.length + 1)}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
