/**
 * The student API's requests and replies, whichever server received them.
 *
 * Under Next.js a handler gets a NextRequest and returns a Response; the direct routes
 * (server/http/direct-routes.ts) spent about 90 µs a request building those web objects (the
 * body as a web stream, `Response.json`), against 10–15 µs for plain ones, and they were the
 * largest part of an answer's work that was ours to change. So the handlers read the few things
 * they need through `ApiRequest`, and a success is a `JsonReply` each server writes its own way;
 * a refusal may still be a Response (rare, and shared with the other routes).
 */
import type { IncomingMessage } from 'node:http';
import { NextResponse, type NextRequest } from 'next/server';
import { readBytesAtMost } from './body';
import { cookieValue } from './cookie-header';

export type ApiRequest = {
  /** The URL as received (absolute). */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly cookies: { get(name: string): { value: string } | undefined };
  /** The body's bytes, or undefined once they pass `maxBytes`. */
  bytesAtMost(maxBytes: number): Promise<Buffer | undefined>;
};

/** What the origin and cookie checks read of a request. */
export type RequestHead = Pick<ApiRequest, 'url' | 'headers'>;

/** A JSON success: its status, body and any Set-Cookie headers. */
export type JsonReply = { status: number; json: unknown; setCookies: string[] };

export type ApiResult = JsonReply | Response;

/** A NextRequest seen as an ApiRequest (the routes under Next.js). */
export function apiRequestOf(request: NextRequest): ApiRequest {
  return {
    url: request.url,
    headers: request.headers,
    cookies: request.cookies,
    bytesAtMost: (maxBytes) => readBytesAtMost(request, maxBytes),
  };
}

/** What a route under Next.js returns for a result. */
export function nextResponseOf(result: ApiResult): Response {
  if (result instanceof Response) return result;
  const response = NextResponse.json(result.json, { status: result.status });
  for (const cookie of result.setCookies) response.headers.append('set-cookie', cookie);
  return response;
}

/**
 * A node request seen as an ApiRequest; undefined when its Host header makes no URL (the caller
 * answers 400, as Next.js would).
 */
export function plainRequestOf(req: IncomingMessage): ApiRequest | undefined {
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  if (!URL.canParse(url)) return undefined;
  const headers = {
    get(name: string): string | null {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
  return {
    url,
    headers,
    cookies: {
      get(name: string) {
        const value = cookieValue(headers.get('cookie'), name);
        return value === undefined ? undefined : { value };
      },
    },
    bytesAtMost: (maxBytes) => readNodeBody(req, maxBytes),
  };
}

/**
 * Reads a node request's body; past `maxBytes` it stops reading and leaves the rest unread (the
 * reply then closes the connection), without destroying the socket the refusal goes out on.
 */
function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      stop();
      req.pause();
      resolve(undefined);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => {
      stop();
      reject(new Error('The request was closed before its body ended.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
