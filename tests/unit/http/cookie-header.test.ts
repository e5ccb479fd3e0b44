/**
 * The direct routes read and write cookies without Next.js's objects: on any input, exactly as
 * NextRequest.cookies and NextResponse.cookies do.
 */
import fc from 'fast-check';
import { NextRequest, NextResponse } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieValue, setCookieHeader, type SetCookie } from '@/server/http/cookie-header';

const NAME = 'attache_p_a1';

function nextValue(header: string, name: string): string | undefined {
  return new NextRequest('http://attache.test/', { headers: { cookie: header } }).cookies.get(name)
    ?.value;
}

describe('reading a cookie', () => {
  it('finds the value as Next.js does', () => {
    expect(cookieValue('a=1; attache_p_a1=tok; b=2', NAME)).toBe('tok');
    expect(cookieValue('attache_p_a1=one;attache_p_a1=two', NAME)).toBe('two');
    expect(cookieValue('attache_p_a1=%E2%9C%93', NAME)).toBe('✓');
    expect(cookieValue('attache_p_a1=ok; attache_p_a1=%E2', NAME)).toBe('ok');
    expect(cookieValue('attache_p_a1', NAME)).toBe('true');
    expect(cookieValue('attache_p_a1=', NAME)).toBe('');
    expect(cookieValue('xattache_p_a1=1', NAME)).toBeUndefined();
    expect(cookieValue('', NAME)).toBeUndefined();
    expect(cookieValue(undefined, NAME)).toBeUndefined();
    expect(cookieValue(null, NAME)).toBeUndefined();
  });

  it('agrees with NextRequest.cookies on any header', () => {
    const name = fc.constantFrom(NAME, 'a', 'attache_p_', 'attache_p_a1 ', ' attache_p_a1');
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '1', '%', 'E', '2', '=', ' ', '"', ',', '+') }),
      fc.constant('%E2%9C%93'),
      fc.constant('%zz'),
    );
    const pair = fc.oneof(
      fc.tuple(name, value).map(([n, v]) => `${n}=${v}`),
      name,
      fc.constant(''),
    );
    const separator = fc.constantFrom('; ', ';', ';  ');
    const header = fc
      .tuple(fc.array(pair, { maxLength: 6 }), fc.array(separator, { minLength: 6, maxLength: 6 }))
      .map(([pairs, seps]) => pairs.map((p, i) => (i === 0 ? p : `${seps[i]}${p}`)).join(''))
      // Headers and node's parser both trim a value's ends.
      .map((raw) => raw.trim());
    fc.assert(
      fc.property(header, fc.constantFrom(NAME, 'a'), (raw, wanted) => {
        expect(cookieValue(raw, wanted)).toBe(nextValue(raw, wanted));
      }),
      { numRuns: 500 },
    );
  });
});

describe('writing a cookie', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the very header NextResponse.cookies.set writes', () => {
    const now = Date.UTC(2026, 11, 7, 9, 30, 0);
    vi.useFakeTimers({ now });
    const cookies = fc.record<SetCookie>({
      name: fc.constantFrom(NAME, 'attache_session'),
      value: fc.string(),
      maxAgeSeconds: fc.constantFrom(0, 60, 180 * 24 * 3600),
      path: fc.constantFrom('/', '/lti'),
      secure: fc.boolean(),
      httpOnly: fc.boolean(),
      sameSite: fc.constantFrom('lax', 'none', 'strict'),
    });
    fc.assert(
      fc.property(cookies, (cookie) => {
        const response = new NextResponse(null);
        response.cookies.set(cookie.name, cookie.value, {
          httpOnly: cookie.httpOnly,
          secure: cookie.secure,
          sameSite: cookie.sameSite,
          path: cookie.path,
          maxAge: cookie.maxAgeSeconds,
        });
        expect(setCookieHeader(cookie, now)).toBe(response.headers.get('set-cookie'));
      }),
    );
  });
});
