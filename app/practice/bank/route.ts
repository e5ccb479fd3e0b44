import { practiceBank } from '@/server/practice-bank';

// Built once at build time and served as a static file: not inlined into any page's JS.
export const dynamic = 'force-static';

/** The practice index: what the scheduler needs, and which chunk holds each item. */
export function GET() {
  return Response.json(practiceBank().index);
}
