/**
 * After `next build`: bundles the student API's direct routes (server/http/direct-routes.ts) for
 * scripts/server.mjs, which serves it beside Next.js. Packages stay in node_modules (one copy
 * of better-sqlite3, pg and next/server for both); `server-only` is empty here, since this
 * bundle only ever runs on the server.
 */
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

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

void build({
  entryPoints: [join(root, 'server', 'http', 'direct-routes.ts')],
  outfile: join(root, '.next', 'attache', 'direct-routes.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  plugins: [serverOnly],
  logLevel: 'warning',
});
