/**
 * The build's scripts and styles sent from memory, compressed once (server/http/static-assets.ts):
 * the right encoding for what the browser accepts, the headers Next.js sends, and everything
 * else left to Next.js.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '@/server/http/direct-routes';
import { securityHeaders } from '@/server/http/security-headers';
import {
  chooseEncoding,
  compressStaticFiles,
  staticFileOf,
  type Encoding,
} from '@/server/http/static-assets';
import { leaveToNext, listen, rawRequest, type RawReply } from './support/raw-http';

const SCRIPT = `self.marker = ${JSON.stringify('attaché '.repeat(400))};\n`;
const STYLE = `.card{padding:1rem}\n`.repeat(200);

let root: string;
let compressedDir: string;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'attache-static-'));
  const staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'chunks'), { recursive: true });
  mkdirSync(join(staticDir, 'media'), { recursive: true });
  writeFileSync(join(staticDir, 'chunks', 'app.js'), SCRIPT);
  writeFileSync(join(staticDir, 'chunks', 'page.css'), STYLE);
  writeFileSync(join(staticDir, 'chunks', 'tiny.js'), '1');
  writeFileSync(join(staticDir, 'media', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(staticDir, 'chunks', '.hidden.js'), SCRIPT);
  compressedDir = join(root, 'compressed');
  compressStaticFiles(staticDir, compressedDir);
  server = await listen(createRequestListener(leaveToNext, { compressedStaticDir: compressedDir }));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawReply> {
  return rawRequest(server.port, path, { method, headers });
}

describe('which files are served from memory', () => {
  it('takes the build files by name and nothing that could leave the folder', () => {
    expect(staticFileOf('/_next/static/chunks/2020ywhn0mak7.js')).toBe('chunks/2020ywhn0mak7.js');
    expect(staticFileOf('/_next/static/chunks/3qqtm1rq964xw.css')).toBe('chunks/3qqtm1rq964xw.css');
    expect(staticFileOf('/_next/static/media/icon.3epf80uzo_0ri.svg')).toBe(
      'media/icon.3epf80uzo_0ri.svg',
    );
    for (const url of [
      undefined,
      '/_next/static/',
      '/_next/static/../../package.json',
      '/_next/static/chunks/../../../.env.js',
      '/_next/static/chunks/%2e%2e/x.js',
      '/_next/static/chunks//x.js',
      '/_next/static/chunks/.hidden.js',
      '/_next/static/chunks/x.js?v=1',
      '/_next/static/chunks/x.js/',
      '/_next/static/media/photo.png',
      '/_next/static/chunks/x',
      '/_next/data/x.json',
      '/sw.js',
    ]) {
      expect(staticFileOf(url), String(url)).toBeUndefined();
    }
  });
});

describe('the encoding a browser accepts', () => {
  const all: Encoding[] = ['br', 'gzip', 'identity'];

  it('prefers brotli, then gzip, then none, as the header allows', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', all)).toBe('br');
    expect(chooseEncoding('gzip, deflate', all)).toBe('gzip');
    expect(chooseEncoding(undefined, all)).toBe('identity');
    expect(chooseEncoding('', all)).toBe('identity');
    expect(chooseEncoding('br;q=0.5, gzip', all)).toBe('gzip');
    expect(chooseEncoding('BR', all)).toBe('br');
    expect(chooseEncoding('*', all)).toBe('br');
    expect(chooseEncoding('gzip, br', ['identity'])).toBe('identity');
    expect(chooseEncoding('br;q=0, gzip;q=0', all)).toBe('identity');
    expect(chooseEncoding('identity;q=0, gzip', all)).toBe('gzip');
    expect(chooseEncoding('identity;q=0', all)).toBeUndefined();
    expect(chooseEncoding('*;q=0', all)).toBeUndefined();
    expect(chooseEncoding('br;q=2, gzip', all)).toBe('gzip');
    expect(chooseEncoding('br;q=abc', all)).toBe('identity');
  });

  it('never picks what the header refuses nor what is not there (any header)', () => {
    const token = fc.constantFrom('br', 'gzip', 'identity', '*', 'deflate', 'zstd');
    const quality = fc.option(
      fc.constantFrom('0', '1', '0.5', '0.000', '1.000', '0.001', 'x', '2'),
    );
    // What the header says of one encoding: acceptable with a valid q above 0.
    const acceptable = (q: string | null) =>
      q === null || (/^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(q) && Number(q) > 0);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(token, quality), { maxLength: 6, selector: ([t]) => t }),
        fc.boolean(),
        fc.subarray(all),
        (parts, upperCase, available) => {
          const header = parts.map(([t, q]) => (q === null ? t : `${t};q=${q}`)).join(', ');
          const chosen = chooseEncoding(upperCase ? header.toUpperCase() : header, available);
          if (chosen === undefined) return;
          expect(available).toContain(chosen);
          const named = parts.find(([t]) => t === chosen) ?? parts.find(([t]) => t === '*');
          if (named) expect(acceptable(named[1])).toBe(true);
          else if (chosen !== 'identity') expect.fail(`${chosen} was not offered in "${header}"`);
        },
      ),
    );
  });
});

describe('the build step', () => {
  it('writes each file with brotli and gzip forms that decompress to it, where they are smaller', () => {
    const script = join(compressedDir, 'chunks', 'app.js');
    expect(readFileSync(script, 'utf8')).toBe(SCRIPT);
    expect(brotliDecompressSync(readFileSync(`${script}.br`)).toString('utf8')).toBe(SCRIPT);
    expect(gunzipSync(readFileSync(`${script}.gz`)).toString('utf8')).toBe(SCRIPT);
    expect(existsSync(join(compressedDir, 'chunks', 'tiny.js.gz'))).toBe(false);
    expect(existsSync(join(compressedDir, 'media', 'photo.png'))).toBe(false);
    expect(existsSync(join(compressedDir, 'chunks', '.hidden.js'))).toBe(false);
  });
});

describe('a build file over a real socket', () => {
  it('sends brotli to a browser that takes it, with the headers Next.js sends', async () => {
    const reply = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(reply.body).toString('utf8')).toBe(SCRIPT);
    expect(reply.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    for (const { key, value } of securityHeaders) {
      expect(reply.headers[key.toLowerCase()]).toBe(value);
    }
  });

  it('sends gzip, or the file itself, to a client that takes no brotli', async () => {
    const gzip = await get('/_next/static/chunks/page.css', { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(STYLE);
    expect(gzip.headers['content-type']).toBe('text/css; charset=UTF-8');
    const plain = await get('/_next/static/chunks/page.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(STYLE);
    const tiny = await get('/_next/static/chunks/tiny.js', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString('utf8')).toBe('1');
  });

  it('answers 304 to a copy it already has, per encoding, and HEAD with no body', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    const again = await get('/_next/static/chunks/app.js', {
      'accept-encoding': 'br',
      'if-none-match': `W/"other", ${etag}`,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get('/_next/static/chunks/app.js', {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    });
    expect(otherEncoding.status).toBe(200);
    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(first.body.length);
  });

  it('leaves to Next.js a range, another method, a file it has not, a path out of the folder', async () => {
    const left = [
      await get('/_next/static/chunks/app.js', { range: 'bytes=0-10' }),
      await get('/_next/static/chunks/app.js', {}, 'POST'),
      await get('/_next/static/chunks/missing.js'),
      await get('/_next/static/../compressed/chunks/app.js'),
      await get('/_next/static/chunks/%2e%2e/chunks/app.js'),
      await get('/_next/static/media/photo.png'),
      await get('/_next/static/chunks/app.js', { 'accept-encoding': 'identity;q=0' }),
    ];
    for (const reply of left) {
      expect(reply.status).toBe(299);
      expect(reply.body.toString('utf8')).toBe('left to Next.js');
    }
  });

  it('knows the build files from one listing: a name that appears later is not looked up', async () => {
    expect((await get('/_next/static/chunks/app.js')).status).toBe(200);
    writeFileSync(join(compressedDir, 'chunks', 'later.js'), SCRIPT);
    const later = await get('/_next/static/chunks/later.js');
    expect(later.status).toBe(299);
  });
});
