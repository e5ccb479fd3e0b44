/**
 * The build's own scripts and styles (/_next/static/…), served from memory, compressed once.
 *
 * Next.js gzips each of these files again on every request: about 7 ms of the server's CPU for
 * React's chunk, some 25 ms for a page's scripts, so a class opening its attempt page at once
 * queued seconds of compression in front of its joins and answers. The build writes each
 * file's gzip and brotli forms beside a copy (scripts/build-server.ts); the server reads a file
 * once and then answers from memory. Anything this does not serve exactly as Next.js would (a
 * range, another method, a file the build did not compress) still goes to Next.js.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { securityHeaders } from './security-headers';

export const STATIC_PREFIX = '/_next/static/';

/** Where the build writes the compressed files (scripts/build-server.ts) and the server reads them. */
export const compressedStaticDirOf = (root: string) => join(root, '.next', 'attache', 'static');

/** What these files are sent as; anything else is left to Next.js. */
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A name the build writes: no segment starting with a dot (so no ".."), no %-escapes, no query. */
const SAFE_PATH = /^(?:[A-Za-z0-9_~@+-][A-Za-z0-9._~@+-]*\/)*[A-Za-z0-9_~@+-][A-Za-z0-9._~@+-]*$/;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The file a URL names under .next/static, as a relative path; undefined for anything else. */
export function staticFileOf(url: string | undefined): string | undefined {
  if (!url?.startsWith(STATIC_PREFIX)) return undefined;
  const file = url.slice(STATIC_PREFIX.length);
  return SAFE_PATH.test(file) && typeOf(file) ? file : undefined;
}

function typeOf(file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  return dot === -1 ? undefined : TYPES[file.slice(dot)];
}

/**
 * The best encoding an Accept-Encoding header takes, of those available: brotli, then gzip,
 * then none. A q of 0 refuses one; "*" stands for any not named; identity is acceptable unless
 * refused (then undefined: the client takes nothing this server has).
 */
export function chooseEncoding(
  header: string | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() === 'q') q = qualityOf(value);
    }
    weights.set(name, Math.max(q, weights.get(name) ?? -1));
  }
  const weightOf = (encoding: Encoding): number =>
    weights.get(encoding) ?? weights.get('*') ?? (encoding === 'identity' ? 1 : 0);
  let best: Encoding | undefined;
  for (const encoding of ['br', 'gzip', 'identity'] as const) {
    if (!available.includes(encoding)) continue;
    const q = weightOf(encoding);
    if (q > 0 && (best === undefined || q > weightOf(best))) best = encoding;
  }
  return best;
}

/** RFC 9110's qvalue: 0 to 1 with at most three decimals; anything else counts as 0. */
function qualityOf(value: string | undefined): number {
  if (!value || !/^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value)) return 0;
  return Number(value);
}

type Asset = {
  type: string;
  etag: string;
  bodies: Partial<Record<Encoding, Buffer>>;
};

/**
 * Only the files the build wrote are kept in memory, read on first use (about 1.5 MB in all):
 * the names are listed once, so a request for any other name costs no disk read and leaves
 * nothing behind.
 */
export function createStaticAssets(compressedDir: string) {
  let built: Set<string> | undefined;
  const assets = new Map<string, Asset>();

  function assetOf(file: string): Asset | undefined {
    built ??= new Set(
      [...filesUnder(compressedDir)]
        .map((path) => relative(compressedDir, path).split('\\').join('/'))
        .filter((name) => typeOf(name)),
    );
    if (!built.has(file)) return undefined;
    let asset = assets.get(file);
    if (!asset) {
      asset = readAsset(compressedDir, file);
      assets.set(file, asset);
    }
    return asset;
  }

  /** Serves `req` when it is a plain GET or HEAD of a compressed build file; false otherwise. */
  return function serveStaticAsset(req: IncomingMessage, res: ServerResponse): boolean {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return false;
    const file = staticFileOf(req.url);
    const asset = file && assetOf(file);
    if (!asset) return false;
    const available = Object.keys(asset.bodies) as Encoding[];
    const encoding = chooseEncoding(req.headers['accept-encoding'], available);
    if (!encoding) return false;
    const body = asset.bodies[encoding]!;
    for (const { key, value } of securityHeaders) res.setHeader(key, value);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Vary', 'Accept-Encoding');
    const etag = `"${asset.etag}-${encoding}"`;
    res.setHeader('ETag', etag);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    if (matches(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.statusCode = 200;
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function readAsset(compressedDir: string, file: string): Asset {
  const path = join(compressedDir, file);
  const identity = readFileSync(path);
  const bodies: Asset['bodies'] = { identity };
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (existsSync(path + suffix)) bodies[encoding] = readFileSync(path + suffix);
  }
  const etag = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
  return { type: typeOf(file)!, etag, bodies };
}

/**
 * At build time: copies every file the server may serve from `staticDir` to `compressedDir`,
 * with its brotli (quality 11) and gzip (level 9) forms where they are smaller. Returns how
 * many files and bytes (identity, then brotli where written) it wrote.
 */
export function compressStaticFiles(
  staticDir: string,
  compressedDir: string,
): { files: number; bytes: number; brotliBytes: number } {
  let files = 0;
  let bytes = 0;
  let brotliBytes = 0;
  for (const path of filesUnder(staticDir)) {
    const file = relative(staticDir, path).split('\\').join('/');
    if (staticFileOf(STATIC_PREFIX + file) === undefined) continue;
    const identity = readFileSync(path);
    const target = join(compressedDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, identity);
    const br = brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    });
    const gz = gzipSync(identity, { level: 9 });
    if (br.length < identity.length) writeFileSync(`${target}.br`, br);
    if (gz.length < identity.length) writeFileSync(`${target}.gz`, gz);
    files++;
    bytes += identity.length;
    brotliBytes += Math.min(br.length, identity.length);
  }
  return { files, bytes, brotliBytes };
}

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}
