import { NextResponse } from 'next/server';
import type { z } from 'zod';

/** Every error is JSON with a human sentence; `issues` lists the fields at fault for a 400. */
export type ErrorBody = {
  error: string;
  issues?: { path: string; message: string }[];
  /** A machine-readable cause, e.g. "closed", for clients that act on it. */
  reason?: string;
};

export function problem(
  status: number,
  error: string,
  extra: Omit<ErrorBody, 'error'> = {},
  headers?: HeadersInit,
): NextResponse<ErrorBody> {
  return NextResponse.json({ error, ...extra }, { status, headers });
}

export function invalidInput(error: z.ZodError): NextResponse<ErrorBody> {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  return problem(
    400,
    `Invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    {
      issues,
    },
  );
}
