/**
 * Throttling that slows guessing without locking anyone out. Each bucket (an account from one
 * client, say) lets `free` attempts through at once; after that, attempts are spaced out, the
 * space doubling each time up to `capMs`. An attempt is given a time slot and waits for it;
 * only when the queue already reaches past `horizonMs` is it refused. Pure: time is passed in.
 */

export type ThrottlePolicy = {
  /** Attempts in a window that run without waiting. */
  free: number;
  /** The first wait after the free ones; each later one doubles it. */
  baseMs: number;
  capMs: number;
  /** How far ahead an attempt may be scheduled before it is refused instead. */
  horizonMs: number;
  /** A bucket left alone this long starts again from zero. */
  windowMs: number;
};

export type Bucket = { attempts: number; nextAt: number; windowStart: number };

export type Reservation =
  { ok: true; slot: number; next: Bucket } | { ok: false; retryAfterMs: number };

/** The wait between attempt `n` and attempt `n + 1` (attempts counted from 1). */
export function spacingAfter(n: number, policy: ThrottlePolicy): number {
  if (n < policy.free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - policy.free));
}

/** Books the next attempt of a bucket: when it may run, and the bucket afterwards. */
export function reserve(
  bucket: Bucket | undefined,
  now: number,
  policy: ThrottlePolicy,
): Reservation {
  const stale =
    bucket === undefined || (now - bucket.windowStart > policy.windowMs && bucket.nextAt <= now);
  const current: Bucket = stale ? { attempts: 0, nextAt: now, windowStart: now } : bucket;
  const slot = Math.max(now, current.nextAt);
  if (slot - now > policy.horizonMs) return { ok: false, retryAfterMs: slot - now };
  const attempts = current.attempts + 1;
  return {
    ok: true,
    slot,
    next: {
      attempts,
      nextAt: slot + spacingAfter(attempts, policy),
      windowStart: current.windowStart,
    },
  };
}
