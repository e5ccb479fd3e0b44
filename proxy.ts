/**
 * Runs before routing. A path that cannot be percent-decoded (e.g. /api/assignments/%ZZ) names
 * nothing we serve; answer 400 here, before route matching trips over it and answers 500.
 */
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.json(
      { error: 'That address is not valid: it has a broken %-escape.' },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return NextResponse.next();
}

export const config = {
  // Only a path with a %-escape can be broken; every other request skips the proxy (it costs
  // ~1.2 ms of server CPU per request, a third of an answer's).
  matcher: ['/:path(.*%.*)'],
};
