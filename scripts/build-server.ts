/**
 * After `next build`: compresses the build's scripts and styles once for the server to send
 * from memory (server/http/static-assets.ts), then bundles the student API's direct routes
 * (server/http/direct-routes.ts) for scripts/server.mjs, which serves it beside Next.js.
 * Packages stay in node_modules (one copy of better-sqlite3, pg and next/server for both);
 * `server-only` is empty here, since this bundle only ever runs on the server.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compressStaticFiles, compressedStaticDirOf } from '../server/http/static-assets';

const root = process.cwd();

const serverOnly: Plugin = {
  name: 'server-only',
  setup(builder) {
    builder.onResolve({ filter: /^server-only$/ }, () => ({
      path: 'server-only',
      namespace: 'empty',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
  },
};

const outfile = join(root, '.next', 'attache', 'direct-routes.cjs');
// scripts/start.mjs takes the bundle for the mark of a finished build: gone until it is rewritten.
rmSync(outfile, { force: true });
const compressedDir = compressedStaticDirOf(root);
rmSync(compressedDir, { recursive: true, force: true });
const compressed = compressStaticFiles(join(root, '.next', 'static'), compressedDir);
console.warn(
  `static files: ${compressed.files} compressed, ${(compressed.bytes / 1024).toFixed(0)} KB → ${(compressed.brotliBytes / 1024).toFixed(0)} KB brotli`,
);

void build({
  entryPoints: [join(root, 'server', 'http', 'direct-routes.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  plugins: [serverOnly],
  logLevel: 'warning',
});
