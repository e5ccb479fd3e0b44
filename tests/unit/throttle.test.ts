import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reserve, spacingAfter, type Bucket, type ThrottlePolicy } from '@/lib/throttle';

const POLICY: ThrottlePolicy = {
  free: 5,
  baseMs: 1000,
  capMs: 30_000,
  horizonMs: 30_000,
  windowMs: 15 * 60_000,
};

/** Books `n` attempts at the same instant, as parallel requests would. */
function burst(n: number, now = 0, policy = POLICY) {
  let bucket: Bucket | undefined;
  return Array.from({ length: n }, () => {
    const reservation = reserve(bucket, now, policy);
    if (reservation.ok) bucket = reservation.next;
    return reservation;
  });
}

describe('throttling by time slots', () => {
  it('lets the first five attempts run at once, then spaces the rest 1, 2, 4, 8 s apart', () => {
    const slots = burst(9).map((r) => (r.ok ? r.slot : undefined));
    expect(slots).toEqual([0, 0, 0, 0, 0, 1000, 3000, 7000, 15_000]);
  });

  it('refuses an attempt only when the queue reaches past the horizon, saying when to retry', () => {
    const results = burst(20);
    expect(results.filter((r) => r.ok)).toHaveLength(9);
    expect(results.at(-1)).toEqual({ ok: false, retryAfterMs: 31_000 });
  });

  it('never runs more than the free attempts before the first wait, however many arrive at once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const immediate = burst(n).filter((r) => r.ok && r.slot === 0).length;
        expect(immediate).toBe(Math.min(n, POLICY.free));
      }),
    );
  });

  it('starts a bucket afresh once its window has passed and its queue has drained', () => {
    const [last] = burst(8).slice(-1);
    if (!last?.ok) throw new Error('expected a reservation');
    const later = reserve(last.next, last.next.nextAt + POLICY.windowMs + 1, POLICY);
    expect(later).toMatchObject({ ok: true, next: { attempts: 1 } });
  });

  it('caps the spacing', () => {
    expect(spacingAfter(40, POLICY)).toBe(POLICY.capMs);
    expect(spacingAfter(4, POLICY)).toBe(0);
  });
});
