/**
 * fetch for our JSON routes: a failure carries the server's sentence, or says the network is down.
 * What comes back is read with the schema the caller gives, never cast.
 */
import type { ZodMiniType } from 'zod/mini';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string; offline: boolean };

type Init = { method?: string; body?: unknown; csrfToken?: string };

export function callApi(url: string, init?: Init): Promise<ApiResult<unknown>>;
export function callApi<T>(url: string, init: Init, schema: ZodMiniType<T>): Promise<ApiResult<T>>;
export async function callApi<T>(
  url: string,
  init: Init = {},
  schema?: ZodMiniType<T>,
): Promise<ApiResult<T | unknown>> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.csrfToken) headers['x-csrf-token'] = init.csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'POST',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, error: 'No connection. Check your network.', offline: true };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    if (!schema) return { ok: true, status: response.status, data: json };
    const read = schema.safeParse(json);
    return read.success
      ? { ok: true, status: response.status, data: read.data }
      : {
          ok: false,
          status: response.status,
          error: 'The server sent an answer this page cannot read. Reload the page.',
          offline: false,
        };
  }
  const error =
    json && typeof json === 'object' && 'error' in json && typeof json.error === 'string'
      ? json.error
      : `The server answered ${response.status}.`;
  // 5xx from a proxy while the app restarts behaves like being offline: worth retrying.
  return { ok: false, status: response.status, error, offline: response.status >= 502 };
}
