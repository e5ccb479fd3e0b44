import { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { AuthoringIssue, LocatedIssue } from '@/lib/authoring/check';

/** Every error is JSON with a human sentence; `issues` lists the fields at fault for a 400. */
export type ErrorBody = {
  error: string;
  issues?: { path: string; message: string }[];
  /** A machine-readable cause, e.g. "closed", for clients that act on it. */
  reason?: string;
  /** What the own-item checks found, field by field (or line by line for an import). */
  checks?: (AuthoringIssue | LocatedIssue)[];
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
