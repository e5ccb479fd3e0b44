/**
 * The answer route, served straight from the HTTP server instead of through Next.js's router.
 *
 * Answers are the one request a whole class sends at once, many times each. Next.js's routing
 * costs about 2 ms of CPU per request on this kind of machine, whatever the route does, so a
 * single process topped out near 500 answers a second. This path runs the very same route
 * handler (app/api/a/[code]/answers/route.ts), with the same headers Next.js would add; it
 * only skips the router. Anything that is not exactly a POST to /api/a/<code>/answers goes to
 * Next.js as before (a %-escape, a trailing slash, another method).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { NextRequest } from 'next/server';
import { POST as saveAnswer } from '@/app/api/a/[code]/answers/route';
import { apiHeaders } from './security-headers';

/** A join code as it can appear in a path Next.js would route to the answer handler. */
const ANSWER_PATH = /^\/api\/a\/([A-Za-z0-9_-]{1,20})\/answers$/;

/** The join code when `req` is an answer this path serves, else undefined (Next.js serves it). */
export function answerCodeOf(method: string | undefined, url: string | undefined) {
  if (method !== 'POST' || !url) return undefined;
  const query = url.indexOf('?');
  return ANSWER_PATH.exec(query === -1 ? url : url.slice(0, query))?.[1];
}

/** Serves `req` when it is an answer and says so; false leaves it to Next.js. */
export function serveAnswerDirectly(req: IncomingMessage, res: ServerResponse): boolean {
  const code = answerCodeOf(req.method, req.url);
  if (code === undefined) return false;
  void respond(req, res, code);
  return true;
}

async function respond(req: IncomingMessage, res: ServerResponse, code: string): Promise<void> {
  let request: NextRequest;
  try {
    request = new NextRequest(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
      method: 'POST',
      headers: headersOf(req),
      body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
      duplex: 'half',
    });
  } catch {
    // A Host header that makes no URL.
    return send(res, Response.json({ error: 'Bad request.' }, { status: 400 }));
  }
  try {
    await send(res, await saveAnswer(request, { params: Promise.resolve({ code }) }));
  } catch (error) {
    console.error('Answer failed:', error);
    if (res.headersSent) res.destroy();
    else await send(res, Response.json({ error: 'Internal Server Error' }, { status: 500 }));
  }
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  for (const { key, value } of apiHeaders) res.setHeader(key, value);
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.setHeader('content-length', body.length);
  // A body the handler did not read to its end (a refusal before reading, or one too large)
  // would hold up the next request on this connection: close it after this response.
  if (!res.req.complete) res.shouldKeepAlive = false;
  res.end(body);
}
