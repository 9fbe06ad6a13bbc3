import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
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
  for (const f of ['index.html', 'staff.css']) copyFileSync(join(root, 'web', 'staff', f), join(out, f));
  const files: Record<string, number> = {};
  for (const f of ['index.html', 'app.js', 'staff.css']) files[f] = gzipSync(readFileSync(join(out, f))).length;
  return { files, gzippedTotal: Object.values(files).reduce((a, b) => a + b, 0) };
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
