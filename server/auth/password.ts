/**
 * Argon2id through @node-rs/argon2 (a maintained binding of the reference implementation).
 * Parameters are OWASP's first recommendation: 19 MiB, 2 iterations, 1 lane.
 */
import { hash, verify } from '@node-rs/argon2';

// The library's Algorithm enum is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
