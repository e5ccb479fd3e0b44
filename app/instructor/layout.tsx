import type { ReactNode } from 'react';

/** Instructor pages may use a desktop's width for their tables and figures. */
export default function InstructorLayout({ children }: { children: ReactNode }) {
  return <div className="page-wide">{children}</div>;
}
