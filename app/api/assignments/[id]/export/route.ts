import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { ATTEMPT_CHOICES } from '@/lib/analytics/attempt-choice';
import { toCsv } from '@/lib/export/csv';
import { ownedAssignment } from '@/server/assignments/service';
import { getBank } from '@/server/bank';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { rowIdSchema } from '@/server/http/params';
import { problem } from '@/server/http/responses';
import { exportRows } from '@/server/results/export';
import { loadResults } from '@/server/results/service';

type Context = { params: Promise<{ id: string }> };

const querySchema = z.strictObject({
  format: z.enum(['csv', 'json']).default('csv'),
  /** CSV only: one row per student attempt, or one per answer. */
  rows: z.enum(['students', 'answers']).default('students'),
  /** JSON only: which submitted attempts the analysis counts. */
  attempts: z.enum(ATTEMPT_CHOICES).default('all'),
});

export async function GET(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const id = parseParams(
    rowIdSchema,
    (await context.params).id,
    'There is no such assignment among yours.',
  );
  if (!id.ok) return id.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const assignment = await ownedAssignment(guard.db, guard.session.instructor.id, id.data);
  if (!assignment) return problem(404, 'There is no such assignment among yours.');
  const results = await loadResults(
    guard.db,
    assignment,
    getBank().frameworks,
    Date.now(),
    query.data.attempts,
  );
  const tables = exportRows(assignment, results);
  const base = `attache-${assignment.joinCode}`;
  if (query.data.format === 'json') {
    return new NextResponse(
      JSON.stringify(
        {
          assignment: {
            id: assignment.id,
            title: assignment.title,
            joinCode: assignment.joinCode,
            settings: assignment.settings,
          },
          students: tables.students.objects,
          answers: tables.answers.objects,
          analysis: {
            test: results.items.test,
            items: results.items.items,
            scenarios: results.scenarios.items,
          },
        },
        null,
        2,
      ),
      {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': `attachment; filename="${base}.json"`,
          'cache-control': 'no-store',
        },
      },
    );
  }
  const table = query.data.rows === 'students' ? tables.students : tables.answers;
  return new NextResponse(toCsv(table.header, table.rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${base}-${query.data.rows}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
