import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getAssessmentBank } from '@/server/bank';
import { parseParams, readBytesAtMost } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { problem } from '@/server/http/responses';
import {
  formatLocated,
  IMPORT_FORMATS,
  importFile,
  MAX_IMPORT_BYTES,
} from '@/server/items/transfer';

const querySchema = z.strictObject({
  /** "yaml" (the bank's schema) or "csv" (single-best items, one row per scenario × framework). */
  format: z.enum(IMPORT_FORMATS),
  /** "all": one error imports nothing; "valid": the scenarios without errors go in. */
  mode: z.enum(['all', 'valid']).default('all'),
  /** The file's name, for messages, e.g. "week3.csv". */
  file: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^/\\<>:"|?*\u0000-\u001f]+$/, 'a plain file name')
    .default('upload'),
});

/** The file is the request body, as bytes: its encoding is checked, not assumed. */
export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const bytes = await readBytesAtMost(request, MAX_IMPORT_BYTES);
  if (!bytes) return problem(413, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  if (bytes.length === 0) return problem(400, 'The file is empty.');
  const result = await importFile(
    guard.db,
    guard.session.instructor.id,
    getAssessmentBank(),
    { ...query.data, bytes },
    Date.now(),
  );
  const body = { ...result, messages: result.issues.map(formatLocated) };
  return NextResponse.json(body, { status: result.imported ? 200 : 422 });
}
