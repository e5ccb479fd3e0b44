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
  // Hashed assets and icons are served as files; nothing there to check.
  matcher: ['/((?!_next/static|_next/image|icons/|sw.js|icon.svg|favicon.ico).*)'],
};
