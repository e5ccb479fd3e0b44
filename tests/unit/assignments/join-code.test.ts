import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFrom,
  normaliseJoinCode,
} from '@/lib/assignments/join-code';

const bytes = (...values: number[]) => Uint8Array.from(values);
const randomBytes = fc.uint8Array({ minLength: JOIN_CODE_LENGTH, maxLength: 32 });
const LOOK_ALIKES = ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V'];

describe('the join code alphabet', () => {
  it('has no look-alike characters and no character twice', () => {
    for (const c of LOOK_ALIKES) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[0-9A-Z]+$/);
  });
});

describe('joinCodeFrom', () => {
  it('gives a code of six unambiguous characters for any random bytes', () => {
    fc.assert(
      fc.property(randomBytes, (random) => {
        const code = joinCodeFrom(random);
        expect(code).toHaveLength(6);
        expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
        expect(isJoinCode(code)).toBe(true);
      }),
    );
  });

  it('maps each byte onto the alphabet by its remainder', () => {
    expect(joinCodeFrom(bytes(0, 1, 2, 3, 4, 21))).toBe('3469AY');
    expect(joinCodeFrom(bytes(22, 23, 44, 255, 254, 253))).toBe('343MKJ');
  });

  it('can produce every character of the alphabet', () => {
    const seen = new Set<string>();
    for (let b = 0; b < JOIN_CODE_ALPHABET.length; b += JOIN_CODE_LENGTH) {
      const chunk = Array.from({ length: JOIN_CODE_LENGTH }, (_, i) => b + i);
      for (const c of joinCodeFrom(Uint8Array.from(chunk))) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
  });

  it('uses only the first six bytes', () => {
    fc.assert(
      fc.property(randomBytes, randomBytes, (first, extra) => {
        const longer = Uint8Array.from([...first.slice(0, JOIN_CODE_LENGTH), ...extra]);
        expect(joinCodeFrom(longer)).toBe(joinCodeFrom(first));
      }),
    );
  });

  it('gives the same code for the same bytes', () => {
    const random = bytes(9, 200, 17, 64, 128, 3);
    expect(joinCodeFrom(random)).toBe(joinCodeFrom(Uint8Array.from(random)));
  });

  it.each([0, 1, 5])('refuses %i random bytes, fewer than a code needs', (length) => {
    expect(() => joinCodeFrom(new Uint8Array(length))).toThrow('need 6 random bytes');
  });
});

describe('normaliseJoinCode', () => {
  it('forgives lower case, spaces and dashes', () => {
    expect(normaliseJoinCode('ac3-46 9')).toBe('AC3469');
    expect(normaliseJoinCode('  kmn-pqr\t')).toBe('KMNPQR');
    expect(normaliseJoinCode('a-c-3\n4-6-9')).toBe('AC3469');
  });

  it('leaves a code as it is', () => {
    expect(normaliseJoinCode('AC3469')).toBe('AC3469');
  });

  it('gives back the code from any lower-cased, spaced or dashed spelling of it', () => {
    const separator = fc.constantFrom('', ' ', '-', '  ', ' - ', '\t');
    fc.assert(
      fc.property(
        randomBytes,
        fc.array(separator, { minLength: JOIN_CODE_LENGTH + 1, maxLength: JOIN_CODE_LENGTH + 1 }),
        fc.boolean(),
        (random, separators, lower) => {
          const code = joinCodeFrom(random);
          const typed = separators
            .map((sep, i) => sep + (code[i] ?? ''))
            .join('')
            .replace(/./g, (c) => (lower ? c.toLowerCase() : c));
          const normalised = normaliseJoinCode(typed);
          expect(normalised).toBe(code);
          expect(isJoinCode(normalised)).toBe(true);
        },
      ),
    );
  });
});

describe('isJoinCode', () => {
  it('accepts six characters of the alphabet', () => {
    expect(isJoinCode('AC3469')).toBe(true);
    expect(isJoinCode('YYYYYY')).toBe(true);
  });

  it.each(['', 'AC346', 'AC34699', 'ac3469', 'AC-346', 'AC 346'])(
    'refuses "%s", which is not six characters of the alphabet',
    (code) => {
      expect(isJoinCode(code)).toBe(false);
    },
  );

  it.each(LOOK_ALIKES)('refuses a code containing the look-alike "%s"', (c) => {
    expect(isJoinCode(`AC34${c}9`)).toBe(false);
  });
});
