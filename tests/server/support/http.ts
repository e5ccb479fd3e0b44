/** Calls route handlers the way Next.js does, with cookies kept between calls like a browser. */
import { NextRequest } from 'next/server';

export const ORIGIN = 'http://attache.test';

type Handler<C> = (request: NextRequest, context: C) => Promise<Response>;

export type Call = {
  method?: string;
  path: string;
  body?: unknown;
  /** Raw body text (for malformed JSON) instead of `body`. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
};

let browsers = 0;

export class Browser {
  readonly cookies = new Map<string, string>();
  csrfToken = '';
  /** Each browser its own client address (read only behind TRUST_PROXY=1, as from a proxy). */
  readonly ip = `10.${(++browsers >> 16) & 255}.${(browsers >> 8) & 255}.${browsers & 255}`;

  async send<C>(handler: Handler<C>, call: Call, context?: C): Promise<Response> {
    const headers = new Headers({ origin: ORIGIN, 'x-forwarded-for': this.ip, ...call.headers });
    if (call.body !== undefined || call.rawBody !== undefined) {
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    if (this.csrfToken && !headers.has('x-csrf-token')) headers.set('x-csrf-token', this.csrfToken);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const request = new NextRequest(`${ORIGIN}${call.path}`, {
      method: call.method ?? 'POST',
      headers,
      body: call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
    });
    const response = await handler(request, context as C);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (cookie.includes('Max-Age=0')) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return response;
  }
}

export function params<T extends Record<string, string>>(values: T) {
  return { params: Promise.resolve(values) };
}
