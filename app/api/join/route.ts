import type { NextRequest } from 'next/server';
import { apiRequestOf, nextResponseOf } from '@/server/http/api-request';
import { join } from '@/server/http/student-api';

/** Joins (or resumes) an attempt: server/http/student-api.ts. */
export async function POST(request: NextRequest) {
  return nextResponseOf(await join(apiRequestOf(request)));
}
