import { NextResponse, type NextRequest } from 'next/server';
import { checkOwnScenario } from '@/lib/authoring/check';
import { previewItems } from '@/lib/authoring/preview';
import { getAssessmentBank, getBank } from '@/server/bank';
import { parseJsonBody } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { checkRequestSchema, ITEM_BODY_BYTES } from '@/server/items/requests';
import { checkContextFor } from '@/server/items/service';

/**
 * The editor's live check: every problem, field by field, and the items the scenario yields
 * as a student would get them (once it parses and its keys are sound).
 */
export async function POST(request: NextRequest) {
  const guard = await requireInstructor(request, { changesState: true });
  if (!guard.ok) return guard.response;
  const body = await parseJsonBody(request, checkRequestSchema, ITEM_BODY_BYTES);
  if (!body.ok) return body.response;
  const bank = getAssessmentBank();
  const context = await checkContextFor(guard.db, guard.session.instructor.id, bank, body.data.id);
  const check = checkOwnScenario(body.data.scenario, context);
  // Lint errors (a giveaway, a missing "why not") still make items; key errors do not.
  const keysSound = !check.issues.some((i) => i.severity === 'error' && i.rule === undefined);
  const publicBank = getBank();
  const preview =
    check.scenario && keysSound
      ? previewItems(check.scenario, publicBank, publicBank.frameworks)
      : [];
  return NextResponse.json({ checks: check.issues, errors: check.errors, preview });
}
