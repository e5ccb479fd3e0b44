/**
 * Requests that wait their turn: a few started per turn of the event loop, in arrival order.
 *
 * Node accepts one new connection per turn of its event loop. When a turn runs every request
 * that is ready (on SQLite an answer runs start to end without waiting on I/O), turns grow with
 * the class, and a student still connecting waits behind everyone else's answers: 300 students
 * gave turns of 100-200 ms and waits of 10 s and more. Started one per turn, a turn stays about
 * one request long, so connections are accepted as fast as requests are served.
 */
export type Job = () => unknown;

export type TurnQueue = {
  /** Runs `job` in a later turn, after every job pushed before it. */
  push(job: Job): void;
  readonly waiting: number;
};

export function createTurnQueue(
  perTurn: number,
  nextTurn: (run: () => void) => void = setImmediate,
): TurnQueue {
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new Error('perTurn: a whole number ≥ 1');
  // `head` is the next job to run: shift() would copy a long queue on every turn.
  let jobs: (Job | undefined)[] = [];
  let head = 0;
  let scheduled = false;

  const turn = () => {
    scheduled = false;
    const end = Math.min(jobs.length, head + perTurn);
    while (head < end) {
      const job = jobs[head]!;
      jobs[head++] = undefined;
      try {
        job();
      } catch (error) {
        // One job's failure must not strand the others.
        console.error('A queued request failed:', error);
      }
    }
    if (head === jobs.length) {
      jobs = [];
      head = 0;
    } else {
      // A queue that never empties under steady load must not grow without end.
      if (head >= 1024 && head * 2 >= jobs.length) {
        jobs = jobs.slice(head);
        head = 0;
      }
      schedule();
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    nextTurn(turn);
  };

  return {
    push(job) {
      jobs.push(job);
      schedule();
    },
    get waiting() {
      return jobs.length - head;
    },
  };
}
