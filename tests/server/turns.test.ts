import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createTurnQueue } from '@/server/http/turns';

/** A hand-turned event loop: `turn()` runs what the queue asked to run next. */
function manualLoop() {
  let pending: (() => void)[] = [];
  return {
    nextTurn: (run: () => void) => void pending.push(run),
    turn() {
      const now = pending;
      pending = [];
      now.forEach((run) => run());
      return now.length;
    },
  };
}

describe('createTurnQueue', () => {
  it('runs jobs in arrival order, at most perTurn of them per turn', () => {
    const loop = manualLoop();
    const queue = createTurnQueue(2, loop.nextTurn);
    const ran: number[] = [];
    for (let i = 0; i < 5; i++) queue.push(() => ran.push(i));
    expect(ran).toEqual([]);
    expect(queue.waiting).toBe(5);
    loop.turn();
    expect(ran).toEqual([0, 1]);
    loop.turn();
    expect(ran).toEqual([0, 1, 2, 3]);
    loop.turn();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(queue.waiting).toBe(0);
    // Nothing left: no turn is asked for.
    expect(loop.turn()).toBe(0);
  });

  it('asks for one turn at a time however many jobs arrive', () => {
    const loop = manualLoop();
    const queue = createTurnQueue(1, loop.nextTurn);
    queue.push(() => {});
    queue.push(() => {});
    queue.push(() => {});
    expect(loop.turn()).toBe(1);
    expect(loop.turn()).toBe(1);
    expect(loop.turn()).toBe(1);
    expect(loop.turn()).toBe(0);
  });

  it('keeps going after a job throws', () => {
    const loop = manualLoop();
    const queue = createTurnQueue(1, loop.nextTurn);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ran: string[] = [];
    queue.push(() => {
      throw new Error('boom');
    });
    queue.push(() => ran.push('after'));
    loop.turn();
    loop.turn();
    expect(ran).toEqual(['after']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('refuses a perTurn that is not a whole number ≥ 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => createTurnQueue(bad)).toThrow();
  });

  it('runs every job exactly once and in order, whatever the pushes between turns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 12 }),
        (perTurn, bursts) => {
          const loop = manualLoop();
          const queue = createTurnQueue(perTurn, loop.nextTurn);
          const ran: number[] = [];
          let pushed = 0;
          for (const burst of bursts) {
            for (let i = 0; i < burst; i++) {
              const id = pushed++;
              queue.push(() => ran.push(id));
            }
            const before = ran.length;
            loop.turn();
            expect(ran.length - before).toBeLessThanOrEqual(perTurn);
          }
          while (loop.turn() > 0);
          expect(ran).toEqual(Array.from({ length: pushed }, (_, i) => i));
          expect(queue.waiting).toBe(0);
        },
      ),
      { seed: 20261206, numRuns: 60 },
    );
  });
});
