import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { getAssessmentBank } from '@/server/bank';
import { INTERCHANGE_FORMATS, interchangeResponse } from '@/server/export/interchange';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { usableOwnItems } from '@/server/items/service';

const querySchema = z.strictObject({ format: z.enum(INTERCHANGE_FORMATS) });

/** The instructor's ready own items as Moodle XML, GIFT or a QTI 2.1 package. */
export async function GET(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const bank = getAssessmentBank();
  const own = await usableOwnItems(guard.db, guard.session.instructor.id, bank);
  return interchangeResponse(own.mine, bank.frameworks, query.data.format, 'attache-my-items');
}
