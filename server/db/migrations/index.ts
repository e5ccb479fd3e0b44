/**
 * Every migration, by name. Listed statically (not read from the file system) so the Next.js
 * build bundles them; names sort in the order they run.
 */
import type { Migration } from 'kysely';
import * as initial from './2026-11-29-001-initial';
import * as secretsAndThrottles from './2026-12-05-001-secrets-and-throttles';
import * as ownItems from './2026-12-06-001-own-items';
import * as lti from './2026-12-07-001-lti';

export const migrations: Record<string, Migration> = {
  '2026-11-29-001-initial': initial,
  '2026-12-05-001-secrets-and-throttles': secretsAndThrottles,
  '2026-12-06-001-own-items': ownItems,
  '2026-12-07-001-lti': lti,
};
