/**
 * The student API that a whole class calls at once (join, read the attempt, save answers),
 * served straight from the HTTP server instead of through Next.js's router.
 *
 * Next.js's routing costs about 2 ms of CPU per request here, whatever the route does, so one
 * process topped out near 500 answers a second. These paths run the very same handlers as the
 * routes (server/http/student-api.ts), on a plain request rather than a NextRequest, with the
 * headers next.config.ts gives /api/…; they only skip the router and the web objects. Anything
 * that is not exactly one of them goes to Next.js as before (a %-escape, a trailing slash,
 * another method, HEAD). Every request but the build's static files, direct or not, waits its
 * turn (createRequestListener).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { plainRequestOf, type ApiRequest, type ApiResult } from './api-request';
import { apiHeaders } from './security-headers';
import { createStaticAssets } from './static-assets';

export { compressedStaticDirOf } from './static-assets';
import { answer, join, readAttempt } from './student-api';
import { createTurnQueue } from './turns';

type Handler = (request: ApiRequest, code: string) => Promise<ApiResult>;
type Route = { method: 'GET' | 'POST'; path: RegExp; handler: Handler };

/** A join code as it can appear in a path Next.js would route to these handlers. */
const CODE = '([A-Za-z0-9_-]{1,20})';

const ROUTES: Route[] = [
  { method: 'POST', path: /^\/api\/join$/, handler: join },
  { method: 'GET', path: new RegExp(`^/api/a/${CODE}/attempt$`), handler: readAttempt },
  { method: 'POST', path: new RegExp(`^/api/a/${CODE}/answers$`), handler: answer },
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
  const request = plainRequestOf(req);
  // A Host header that makes no URL.
  if (!request) return send(res, Response.json({ error: 'Bad request.' }, { status: 400 }));
  try {
    await send(res, await route.handler(request, code));
  } catch (error) {
    console.error(`${route.method} ${req.url} failed:`, error);
    if (res.headersSent) res.destroy();
    else await send(res, Response.json({ error: 'Internal Server Error' }, { status: 500 }));
  }
}

async function send(res: ServerResponse, result: ApiResult): Promise<void> {
  if (!(result instanceof Response)) {
    // A success, written as NextResponse.json would write it.
    const body = Buffer.from(JSON.stringify(result.json));
    return write(
      res,
      result.status,
      { 'content-type': 'application/json' },
      result.setCookies,
      body,
    );
  }
  const body = Buffer.from(await result.arrayBuffer());
  const headers: Record<string, string> = {};
  result.headers.forEach((value, key) => {
    if (key !== 'set-cookie') headers[key] = value;
  });
  write(res, result.status, headers, result.headers.getSetCookie(), body);
}

function write(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  setCookies: string[],
  body: Buffer,
): void {
  if (res.destroyed) return;
  res.statusCode = status;
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  // As under Next.js, next.config.ts's headers win over the handler's own (Cache-Control).
  for (const { key, value } of apiHeaders) res.setHeader(key, value);
  if (setCookies.length > 0) res.setHeader('set-cookie', setCookies);
  res.setHeader('content-length', body.length);
  // A body the handler did not read to its end (a refusal before reading, or one too large)
  // would hold up the next request on this connection: close it after this response.
  if (!res.req.complete) res.shouldKeepAlive = false;
  res.end(body);
}
