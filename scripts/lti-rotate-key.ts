/**
 * npx tsx scripts/lti-rotate-key.ts — makes a new LTI signing key; the old one stays published
 * in /lti/jwks for RETIRED_KEY_DAYS. Uses DATA_DIR or DATABASE_URL like the server.
 */
import { migrateToLatest, openDb, targetOf } from '../server/db/connect';
import { RETIRED_KEY_DAYS, rotateKey } from '../server/lti/keys';

async function main() {
  const db = openDb(targetOf());
  await migrateToLatest(db);
  const kid = await rotateKey(db, Date.now());
  console.log(
    `New signing key ${kid}; the previous one stays published for ${RETIRED_KEY_DAYS} days.`,
  );
  await db.destroy();
}

void main();
