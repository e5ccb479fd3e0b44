/** Where things live, in one place. */
export const conceptHref = (frameworkId: string, categoryId?: string) =>
  categoryId ? `/concepts/${frameworkId}/${categoryId}` : `/concepts/${frameworkId}`;

export { compareHref } from '@/lib/compare-links';
