/**
 * The tool's own keys: RS256 pairs kept in the database. The newest unretired key signs; a
 * retired key stays in the public JWKS for a week, so a platform that cached it can still check
 * what was signed just before a rotation.
 */
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import type { Db } from '../db/connect';

export const RETIRED_KEY_DAYS = 7;
const ALG = 'RS256';

const jwkSchema = z.looseObject({
  kty: z.literal('RSA'),
  kid: z.string(),
  n: z.string(),
  e: z.string(),
});

export type SigningKey = { kid: string; key: CryptoKey };

async function newKeyPair(db: Db, now: number): Promise<void> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = randomBytes(12).toString('base64url');
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  await db
    .insertInto('lti_key')
    .values({
      kid,
      private_jwk: JSON.stringify(privateJwk),
      public_jwk: JSON.stringify(publicJwk),
      created_at: now,
      retired_at: null,
    })
    .execute();
}

/** The key that signs now, made on first use. */
export async function signingKey(db: Db, now: number): Promise<SigningKey> {
  const current = async () =>
    db
      .selectFrom('lti_key')
      .select(['kid', 'private_jwk'])
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('kid')
      .executeTakeFirst();
  let row = await current();
  if (!row) {
    await newKeyPair(db, now);
    row = await current();
  }
  if (!row) throw new Error('no LTI signing key');
  const jwk: JWK = jwkSchema.parse(JSON.parse(row.private_jwk));
  const key = await importJWK(jwk, ALG);
  if (key instanceof Uint8Array) throw new Error('an RSA key was expected');
  return { kid: row.kid, key };
}

/** The public keys platforms check our signatures with: the signing key and recently retired ones. */
export async function publicJwks(db: Db, now: number): Promise<{ keys: JWK[] }> {
  await signingKey(db, now);
  const rows = await db
    .selectFrom('lti_key')
    .select('public_jwk')
    .where((eb) =>
      eb.or([
        eb('retired_at', 'is', null),
        eb('retired_at', '>', now - RETIRED_KEY_DAYS * 24 * 3600_000),
      ]),
    )
    .orderBy('created_at', 'desc')
    .execute();
  return { keys: rows.map((row) => jwkSchema.parse(JSON.parse(row.public_jwk))) };
}

/** A new signing key; the old one is retired but still published for RETIRED_KEY_DAYS. */
export async function rotateKey(db: Db, now: number): Promise<string> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('lti_key')
      .set({ retired_at: now })
      .where('retired_at', 'is', null)
      .execute();
    await newKeyPair(trx, now);
  });
  return (await signingKey(db, now)).kid;
}
