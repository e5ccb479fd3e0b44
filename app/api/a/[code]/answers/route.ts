import type { NextRequest } from 'next/server';
import { apiRequestOf, nextResponseOf } from '@/server/http/api-request';
import { answer } from '@/server/http/student-api';

type Context = { params: Promise<{ code: string }> };

/** Saves one answer: server/http/student-api.ts. */
export async function POST(request: NextRequest, context: Context) {
  const { code } = await context.params;
  return nextResponseOf(await answer(apiRequestOf(request), code));
}
