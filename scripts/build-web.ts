import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { webDist } from '../api/http/web';

const root = join(__dirname, '..');

/** The screen sets: the staff console (web/staff) and the customer portal (web/portal). */
const SETS = [
  { name: 'staff', stylesheet: 'staff.css' },
  { name: 'portal', stylesheet: 'portal.css' },
] as const;

/** The first-load files of a screen set and their gzipped sizes, in bytes. */
export interface WebBuild {
  files: Record<string, number>;
  gzippedTotal: number;
}

/** Bundles each screen set (one minified script, its stylesheet and page) into dist/web/<set>. */
export async function buildWeb(): Promise<Record<(typeof SETS)[number]['name'], WebBuild>> {
  const out = {} as Record<(typeof SETS)[number]['name'], WebBuild>;
  for (const set of SETS) out[set.name] = await buildSet(set.name, set.stylesheet);
  return out;
}

async function buildSet(name: string, stylesheet: string): Promise<WebBuild> {
  const src = join(root, 'web', name);
  const out = join(webDist, name);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(src, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(out, 'app.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
  writeFileSync(join(out, stylesheet), stylesheetOf(src, stylesheet));
  const files: Record<string, number> = {};
  for (const f of ['index.html', 'app.js', stylesheet]) files[f] = gzipSync(readFileSync(join(out, f))).length;
  return { files, gzippedTotal: Object.values(files).reduce((a, b) => a + b, 0) };
}

/** One stylesheet: the shared base, the set's frame, then each feature's own (features/<f>/*.css), in name order. */
function stylesheetOf(src: string, stylesheet: string): string {
  const parts = [readFileSync(join(root, 'web', 'shared', 'base.css'), 'utf8'), readFileSync(join(src, stylesheet), 'utf8')];
  const features = join(src, 'features');
  if (existsSync(features))
    for (const f of readdirSync(features).sort())
      for (const file of readdirSync(join(features, f)).sort())
        if (file.endsWith('.css')) parts.push(readFileSync(join(features, f, file), 'utf8'));
  return parts.join('\n');
}

if (require.main === module) {
  buildWeb()
    .then((sets) => {
      for (const [name, b] of Object.entries(sets))
        console.log(
          `${name} built in dist/web/${name}: ${JSON.stringify(b.files)} bytes gzipped, ${(b.gzippedTotal / 1024).toFixed(1)} KB first load`,
        );
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
