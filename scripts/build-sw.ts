/**
 * After `next build`: writes public/sw.js, the service worker bundled by esbuild with the list
 * of files to precache: every hashed static file of this build, the icons, and the learner
 * pages (revisioned by the build id, so a new build refreshes them). The practice bank is not
 * precached: only the practice page fetches it (and the worker then keeps it for offline use),
 * so an assignment's page never pulls bank data into the browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();
const buildId = readFileSync(join(root, '.next', 'BUILD_ID'), 'utf8').trim();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const staticDir = join(root, '.next', 'static');
const hashed = filesUnder(staticDir)
  .filter((file) => !file.endsWith('.map'))
  .map((file) => ({
    url: `/_next/static/${relative(staticDir, file).split('\\').join('/')}`,
    revision: null,
  }));

// '/' is rendered per request (the resume card): network-first at run time, never precached.
const pages = ['/practice', '/progress', '/concepts', '/manifest.webmanifest'];
const publicFiles = ['/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];
const entries = [
  ...hashed,
  ...[...pages, ...publicFiles].map((url) => ({ url, revision: buildId })),
];

void build({
  entryPoints: [join(root, 'worker', 'sw.ts')],
  outfile: join(root, 'public', 'sw.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  define: { 'self.__SW_MANIFEST': JSON.stringify(entries) },
  logLevel: 'warning',
}).then(() =>
  console.warn(`service worker: ${entries.length} files to precache (build ${buildId})`),
);
