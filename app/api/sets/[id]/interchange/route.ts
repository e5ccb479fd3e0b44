import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { idSchema } from '@/lib/bank/schema';
import { itemsOfSet } from '@/lib/bank/sets';
import { getBank } from '@/server/bank';
import { INTERCHANGE_FORMATS, interchangeResponse } from '@/server/export/interchange';
import { parseParams } from '@/server/http/body';
import { requireInstructor } from '@/server/http/instructor';
import { problem } from '@/server/http/responses';

type Context = { params: Promise<{ id: string }> };

const querySchema = z.strictObject({ format: z.enum(INTERCHANGE_FORMATS) });

/** A curated set's items for a signed-in instructor's LMS (the public bank: nothing held back). */
export async function GET(request: NextRequest, context: Context) {
  const guard = await requireInstructor(request, { changesState: false });
  if (!guard.ok) return guard.response;
  const id = parseParams(idSchema, (await context.params).id, 'There is no such set.');
  if (!id.ok) return id.response;
  const query = parseParams(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  if (!query.ok) return query.response;
  const bank = getBank();
  const set = bank.sets.find((s) => s.id === id.data);
  if (!set) return problem(404, 'There is no such set.');
  return interchangeResponse(
    itemsOfSet(set, bank.frameworks, bank.itemById),
    bank.frameworks,
    query.data.format,
    `attache-set-${set.id}`,
  );
}
