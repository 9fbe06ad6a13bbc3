import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { webDist } from '../api/http/web';

const root = join(__dirname, '..');

/** The first-load files of a screen set and their gzipped sizes, in bytes. */
export interface WebBuild {
  files: Record<string, number>;
  gzippedTotal: number;
}

/** Bundles the staff console (one minified script, its stylesheet and page) into dist/web/staff. */
export async function buildWeb(): Promise<WebBuild> {
  const out = join(webDist, 'staff');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(root, 'web', 'staff', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(out, 'app.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'web', 'staff', 'index.html'), join(out, 'index.html'));
  writeFileSync(join(out, 'staff.css'), staffStylesheet());
  const files: Record<string, number> = {};
  for (const f of ['index.html', 'app.js', 'staff.css']) files[f] = gzipSync(readFileSync(join(out, f))).length;
  return { files, gzippedTotal: Object.values(files).reduce((a, b) => a + b, 0) };
}

/** One stylesheet: the frame's, then each desk's own (web/staff/features/<desk>/*.css), in name order. */
function staffStylesheet(): string {
  const staff = join(root, 'web', 'staff');
  const features = join(staff, 'features');
  const parts = [readFileSync(join(staff, 'staff.css'), 'utf8')];
  for (const desk of readdirSync(features).sort())
    for (const f of readdirSync(join(features, desk)).sort())
      if (f.endsWith('.css')) parts.push(readFileSync(join(features, desk, f), 'utf8'));
  return parts.join('\n');
}

if (require.main === module) {
  buildWeb()
    .then((b) =>
      console.log(
        `staff console built in dist/web/staff: ${JSON.stringify(b.files)} bytes gzipped, ${(b.gzippedTotal / 1024).toFixed(1)} KB first load`,
      ),
    )
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
