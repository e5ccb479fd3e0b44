import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { ApiRequest } from './api-request';
import { invalidInput, problem, type ErrorBody } from './responses';

/** Enough for the largest legitimate body (an assignment of 60 hand-picked items); anything bigger is refused unread. */
export const MAX_BODY_BYTES = 32 * 1024;

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse<ErrorBody> };

/** Reads a JSON body of at most `maxBytes` and validates it; the failure is the response to send. */
export async function parseJsonBody<T>(
  request: NextRequest | ApiRequest,
  schema: z.ZodType<T>,
  maxBytes = MAX_BODY_BYTES,
): Promise<Parsed<T>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, response: problem(415, 'Send the request as application/json.') };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  const text = await readAtMost(request, maxBytes);
  if (text === undefined) return { ok: false, response: tooLarge(maxBytes) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: problem(400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: invalidInput(parsed.error) };
}

function tooLarge(maxBytes: number) {
  return problem(413, `The request body is larger than ${maxBytes} bytes.`);
}

/** The body as text, or undefined once it passes `maxBytes` (a missing Content-Length is no escape). */
async function readAtMost(
  request: NextRequest | ApiRequest,
  maxBytes: number,
): Promise<string | undefined> {
  return (await readBytesAtMost(request, maxBytes))?.toString('utf8');
}

/** A form post's fields (an LMS's login or launch), or undefined past `maxBytes`. */
export async function readFormAtMost(
  request: NextRequest,
  maxBytes: number,
): Promise<URLSearchParams | undefined> {
  const text = await readAtMost(request, maxBytes);
  return text === undefined ? undefined : new URLSearchParams(text);
}

/** The body's bytes, or undefined once they pass `maxBytes`. */
export async function readBytesAtMost(
  request: NextRequest | ApiRequest,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if ('bytesAtMost' in request) return request.bytesAtMost(maxBytes);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return undefined;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Validates route params or query values; the failure is a 400 or (for `notFoundOnError`) a 404. */
export function parseParams<T>(
  schema: z.ZodType<T>,
  value: unknown,
  notFoundMessage?: string,
): Parsed<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    response: notFoundMessage ? problem(404, notFoundMessage) : invalidInput(parsed.error),
  };
}
