/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L/7, 2/Z,
 * 5/S, 8/B, U/V), so a code read off a projector is typed right the first time.
 */
export const JOIN_CODE_ALPHABET = '3469ACDEFGHJKMNPQRTWXY';
export const JOIN_CODE_LENGTH = 6;

/** A code from random bytes (pass crypto.randomBytes(JOIN_CODE_LENGTH)). */
export function joinCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new Error(`need ${JOIN_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    // 256 % 22 = 14: a bias under 1 in 18 per character, harmless for a code that is checked, not secret.
    code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/** What a student typed → the code, forgiving case, spaces and dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
