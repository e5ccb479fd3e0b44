import type { NextRequest } from 'next/server';
import { apiRequestOf, nextResponseOf } from '@/server/http/api-request';
import { readAttempt } from '@/server/http/student-api';

type Context = { params: Promise<{ code: string }> };

/** The student's own attempt: server/http/student-api.ts. */
export async function GET(request: NextRequest, context: Context) {
  const { code } = await context.params;
  return nextResponseOf(await readAttempt(apiRequestOf(request), code));
}
