import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getAssessmentBank } from '@/server/bank';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { exportFile, IMPORT_FORMATS } from '@/server/items/transfer';

const querySchema = z.strictObject({ format: z.enum(IMPORT_FORMATS) });

const TYPES = { yaml: 'application/yaml; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** The instructor's ready items as a file to keep, edit elsewhere, or import into another account. */
export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const { format } = query.data;
  const { text, skipped } = await exportFile(
    guard.db,
    guard.session.instructor.id,
    getAssessmentBank(),
    format,
  );
  return new NextResponse(text, {
    headers: {
      'content-type': TYPES[format],
      'content-disposition': `attachment; filename="attache-items.${format}"`,
      'cache-control': 'private, no-store',
      // What the spreadsheet could not hold (pick-every-one keys, two-tier reasons…), counted.
      'x-skipped': String(skipped.length),
    },
  });
}
