/** A real socket to a request listener: raw HTTP/1.1, and a stand-in for Next.js. */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What Next.js would do with the rest: here a marker, so a test sees who answered. */
export function leaveToNext(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  req.on('end', () => {
    res.statusCode = 299;
    res.end('left to Next.js');
  });
}

/** Listens on a free local port; `close` stops it. */
export async function listen(
  listener: RequestListener,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RawReply = { status: number; headers: IncomingMessage['headers']; body: Buffer };

/**
 * A raw HTTP/1.1 request, so that tests can send what fetch would refuse or fix. An array body
 * is sent chunk by chunk with no Content-Length, as a streaming client would.
 */
export function rawRequest(
  port: number,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | string[] } = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    for (const chunk of Array.isArray(body) ? body : body === undefined ? [] : [body]) {
      req.write(chunk);
    }
    req.end();
  });
}
