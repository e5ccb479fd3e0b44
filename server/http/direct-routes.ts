/**
 * The student API that a whole class calls at once (join, read the attempt, save answers),
 * served straight from the HTTP server instead of through Next.js's router.
 *
 * Next.js's routing costs about 2 ms of CPU per request here, whatever the route does, so one
 * process topped out near 500 answers a second. These paths run the very same route handlers,
 * with the headers next.config.ts gives /api/…; they only skip the router. Anything that is not
 * exactly one of them goes to Next.js as before (a %-escape, a trailing slash, another method,
 * HEAD). Here too every request, direct or not, waits its turn (createRequestListener).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { NextRequest } from 'next/server';
import { POST as saveAnswer } from '@/app/api/a/[code]/answers/route';
import { GET as readAttempt } from '@/app/api/a/[code]/attempt/route';
import { POST as join } from '@/app/api/join/route';
import { apiHeaders } from './security-headers';
import { createStaticAssets } from './static-assets';
import { createTurnQueue } from './turns';

type Handler = (request: NextRequest, code: string) => Promise<Response>;
type Route = { method: 'GET' | 'POST'; path: RegExp; handler: Handler };

/** A join code as it can appear in a path Next.js would route to these handlers. */
const CODE = '([A-Za-z0-9_-]{1,20})';
const withCode = (code: string) => ({ params: Promise.resolve({ code }) });

const ROUTES: Route[] = [
  { method: 'POST', path: /^\/api\/join$/, handler: (request) => join(request) },
  {
    method: 'GET',
    path: new RegExp(`^/api/a/${CODE}/attempt$`),
    handler: (request, code) => readAttempt(request, withCode(code)),
  },
  {
    method: 'POST',
    path: new RegExp(`^/api/a/${CODE}/answers$`),
    handler: (request, code) => saveAnswer(request, withCode(code)),
  },
];

/**
 * Requests that may wait at once: far more than a class sends (300 students, a few requests
 * each), few enough that a flood cannot exhaust the server's memory.
 */
export const MAX_WAITING = 5000;

/**
 * The server's request listener. The build's compressed scripts and styles are sent from memory
 * at once (a few microseconds each: a page a class opens together should not wait behind its
 * answers). Every other request waits its turn, one started per turn of the event loop in
 * arrival order (server/http/turns.ts says why); the student API is then served here, the rest
 * by `serveWithNext`. Past `maxWaiting` waiting requests, the next is refused at once with 503
 * and Retry-After.
 */
export function createRequestListener(
  serveWithNext: (req: IncomingMessage, res: ServerResponse) => void,
  {
    maxWaiting = MAX_WAITING,
    compressedStaticDir,
  }: {
    maxWaiting?: number;
    /** Where the build left its compressed scripts and styles (server/http/static-assets.ts). */
    compressedStaticDir?: string;
  } = {},
): RequestListener {
  const turns = createTurnQueue(1);
  const serveStaticAsset = compressedStaticDir
    ? createStaticAssets(compressedStaticDir)
    : undefined;
  return (req, res) => {
    if (serveStaticAsset?.(req, res)) return;
    if (turns.waiting >= maxWaiting) {
      const busy = { error: 'The server is busy: try again in a moment.' };
      void send(res, Response.json(busy, { status: 503, headers: { 'Retry-After': '1' } }));
      return;
    }
    const serve = directRouteOf(req.method, req.url) ?? serveWithNext;
    // A client that gave up while waiting needs no answer.
    turns.push(() => (res.destroyed ? undefined : serve(req, res)));
  };
}

/** Serves one request on its route; never rejects. */
export type DirectServe = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** How to serve `method url` directly, or undefined when Next.js serves it. */
export function directRouteOf(
  method: string | undefined,
  url: string | undefined,
): DirectServe | undefined {
  if (!url) return undefined;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    if (match) return (req, res) => respond(req, res, route, match[1] ?? '');
  }
  return undefined;
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  code: string,
): Promise<void> {
  let request: NextRequest;
  try {
    request = new NextRequest(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
      method: route.method,
      headers: headersOf(req),
      ...(route.method === 'POST'
        ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }
        : {}),
    });
  } catch {
    // A Host header that makes no URL.
    return send(res, Response.json({ error: 'Bad request.' }, { status: 400 }));
  }
  try {
    await send(res, await route.handler(request, code));
  } catch (error) {
    console.error(`${route.method} ${req.url} failed:`, error);
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
  if (res.destroyed) return;
  res.statusCode = response.status;
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  // As under Next.js, next.config.ts's headers win over the handler's own (Cache-Control).
  for (const { key, value } of apiHeaders) res.setHeader(key, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.setHeader('content-length', body.length);
  // A body the handler did not read to its end (a refusal before reading, or one too large)
  // would hold up the next request on this connection: close it after this response.
  if (!res.req.complete) res.shouldKeepAlive = false;
  res.end(body);
}
