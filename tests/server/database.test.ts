import { NO_MIGRATIONS } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeAssignment,
  duplicateAssignment,
  ownedAssignment,
  assignmentsOf,
  deleteAssignment,
} from '@/server/assignments/service';
import { attemptView, joinAssignment, saveAnswer, submitAttempt } from '@/server/attempts/service';
import { sessionOf, signIn, signUp, type Timing } from '@/server/auth/service';
import type { Assignment } from '@/server/assignments/codec';
import { idMapOf } from '@/server/assignments/opaque';
import type { Db } from '@/server/db/connect';
import type { NewAnswer } from '@/server/db/schema';
import type { SingleItem } from '@/lib/items/schema';
import { migrations } from '@/server/db/migrations';
import { migrateToLatest, migratorFor } from '@/server/db/connect';
import { getBank } from '@/server/bank';
import { finishAttempt, storeAnswerIfOpen, upsertAnswer } from '@/server/db/repositories/attempts';
import { scoreItem } from '@/lib/items/registry';
import { encodeScore } from '@/lib/items/stored';
import { loadResults } from '@/server/results/service';
import { itemRows } from '@/lib/analytics/analysis-view';
import { formatItemId } from '@/lib/items/ids';
import { engines } from './support/engines';
import { assignment, choiceItem, instructor, NO_WAIT, T0, wrongOption } from './support/factories';

const STEM = 'stoffel-berlin-reports-1868.pajtinka';
/** Three port stays and one joint exercise at sea: Malabar is the odd one out (five-functions set). */
const PORT_STAYS = [
  'great-white-fleet-yokohama-1908',
  'plan-ships-san-diego-1997',
  'carl-vinson-da-nang-2018',
];
const MALABAR = 'malabar-first-exercise-1992';
const ODD = formatItemId({
  form: 'odd-one-out',
  frameworkId: 'pajtinka',
  scenarioIds: [...PORT_STAYS, MALABAR],
});
/** The opaque id a student's page shows for STEM in this assignment. */
const onPage = (assignment: Assignment) => idMapOf(assignment).toOpaque.get(STEM)!;

/** The row saveAnswer stores when `choice` is chosen on `item` in `attemptId` at `at`. */
function choiceRow(attemptId: string, item: SingleItem, choice: string, at: number): NewAnswer {
  const score = scoreItem(item, { kind: 'choice', choice });
  if (score.status !== 'scored') throw new Error(score.message);
  return {
    attempt_id: attemptId,
    item_id: item.id,
    response: JSON.stringify({ kind: 'choice', choice }),
    score: encodeScore(score),
    earned: score.earned,
    max: score.max,
    raw_earned: score.earned,
    raw_max: score.max,
    answered_at: at,
    revision: 1,
  };
}

/** A promise held open until `release` is called: one side of a race waits on it. */
function latch() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { release, released };
}

describe.each(engines)('on $name', (engine) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
  });
  afterAll(() => dispose());

  describe('migrations', () => {
    it('are all applied, and running them again changes nothing', async () => {
      const again = await migrateToLatest(db);
      expect(again.results).toEqual([]);
      const applied = await (await migratorFor(db)).getMigrations();
      expect(applied.map((m) => [m.name, m.executedAt !== undefined])).toEqual(
        Object.keys(migrations).map((name) => [name, true]),
      );
    });
  });

  it('migrates down to nothing and up again from empty', async () => {
    const fresh = await engine.open();
    try {
      const migrator = await migratorFor(fresh.db);
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      expect((await migrator.getMigrations()).every((m) => m.executedAt === undefined)).toBe(true);
      const up = await migrateToLatest(fresh.db);
      expect(up.results?.map((r) => r.status)).toEqual(
        Object.keys(migrations).map(() => 'Success'),
      );
      await instructor(fresh.db, 'after-remigration@example.edu');
    } finally {
      await fresh.dispose();
    }
  });

  describe('instructor accounts', () => {
    it('signs up once per address in any case, answers alike for a taken one, and signs in', async () => {
      const first = await signUp(
        db,
        { name: 'Grace', email: 'grace@example.edu', password: 'a long passphrase' },
        undefined,
        T0,
        NO_WAIT,
      );
      const again = await signUp(
        db,
        { name: 'Grace 2', email: 'Grace@Example.EDU', password: 'another passphrase' },
        undefined,
        T0,
        NO_WAIT,
      );
      expect(first).toEqual({ ok: true });
      expect(again).toEqual(first);
      const accounts = await db
        .selectFrom('instructor')
        .select('display_name')
        .where('email', '=', 'grace@example.edu')
        .execute();
      expect(accounts).toEqual([{ display_name: 'Grace' }]);
      const signedIn = await signIn(
        db,
        { email: 'grace@example.edu', password: 'a long passphrase' },
        '10.0.0.1',
        T0,
        NO_WAIT,
      );
      expect(signedIn.ok).toBe(true);
      if (!signedIn.ok) return;
      const session = await sessionOf(db, signedIn.signedIn.sessionToken, T0 + 1000);
      expect(session?.instructor.email).toBe('grace@example.edu');
      expect(
        await sessionOf(db, signedIn.signedIn.sessionToken, T0 + 31 * 86_400_000),
      ).toBeUndefined();
    });

    it('stores an argon2id hash, never the password', async () => {
      await instructor(db, 'hash@example.edu');
      const row = await db
        .selectFrom('instructor')
        .select('password_hash')
        .where('email', '=', 'hash@example.edu')
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain('correct horse');
    });

    /** A clock that only records the waits it was asked for. */
    function recordingTiming(): Timing & { waits: number[] } {
      const waits: number[] = [];
      return { waits, sleep: async (ms) => void waits.push(ms) };
    }

    it('slows guesses on an account from one client: five at once, then 1, 2, 4 s apart', async () => {
      await instructor(db, 'slowed@example.edu');
      const timing = recordingTiming();
      for (let i = 0; i < 8; i++) {
        const wrong = await signIn(
          db,
          { email: 'slowed@example.edu', password: 'nope' },
          '10.1.0.1',
          T0,
          timing,
        );
        expect(wrong).toEqual({ ok: false, reason: 'wrong-credentials' });
      }
      expect(timing.waits).toEqual([1000, 3000, 7000]);
    });

    it("accepts the owner's right password after the wait, and from another client at once", async () => {
      await instructor(db, 'owner@example.edu');
      const timing = recordingTiming();
      const right = { email: 'owner@example.edu', password: 'correct horse battery' };
      for (let i = 0; i < 6; i++) {
        await signIn(db, { ...right, password: 'guess' }, '10.3.0.1', T0, timing);
      }
      expect((await signIn(db, right, '10.3.0.9', T0, timing)).ok).toBe(true);
      expect(timing.waits).toEqual([1000]);
      // From the guesser's own client, the right password still gets in, after its turn.
      expect((await signIn(db, right, '10.3.0.1', T0, timing)).ok).toBe(true);
      expect(timing.waits).toEqual([1000, 3000]);
    });

    it('books twenty parallel guesses atomically: five verified at once, four later, the rest refused', async () => {
      await instructor(db, 'parallel@example.edu');
      const timing = recordingTiming();
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          signIn(db, { email: 'parallel@example.edu', password: 'guess' }, '10.4.0.1', T0, timing),
        ),
      );
      expect(results.filter((r) => !r.ok && r.reason === 'wrong-credentials')).toHaveLength(9);
      expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(11);
      expect([...timing.waits].sort((a, b) => a - b)).toEqual([1000, 3000, 7000, 15_000]);
      const row = await db
        .selectFrom('throttle')
        .select('attempts')
        .where('key', '=', 'sign-in:parallel@example.edu|10.4.0.1')
        .executeTakeFirstOrThrow();
      expect(row.attempts).toBe(9);
    });

    it("spaces one client's attempts across accounts after twenty, and none by address when none is known", async () => {
      const timing = recordingTiming();
      for (let i = 0; i < 21; i++) {
        await signIn(
          db,
          { email: `nobody${i}@example.edu`, password: 'x' },
          '10.9.9.9',
          T0,
          timing,
        );
      }
      expect(timing.waits).toEqual([1000]);
      const direct = recordingTiming();
      await signIn(db, { email: 'fresh@example.edu', password: 'x' }, undefined, T0, direct);
      expect(direct.waits).toEqual([]);
    });

    it('throttles sign-ups from one client', async () => {
      const timing = recordingTiming();
      for (let i = 0; i < 7; i++) {
        const result = await signUp(
          db,
          { name: 'N', email: `new${i}@example.edu`, password: 'a long passphrase' },
          '10.7.0.1',
          T0,
          timing,
        );
        expect(result).toEqual({ ok: true });
      }
      expect(timing.waits).toEqual([1000, 3000]);
    });
  });

  describe('assignments', () => {
    it('keeps a snapshot of the items, so the answer key does not depend on the bank later', async () => {
      const ada = await instructor(db, 'snap@example.edu');
      const created = await assignment(db, ada.instructor.id);
      const stored = await ownedAssignment(db, ada.instructor.id, created.id);
      expect(stored?.items.map((i) => i.id)).toEqual(created.items.map((i) => i.id));
      expect(stored?.items[0]).toEqual(choiceItem(STEM));
      expect(stored?.joinCode).toMatch(/^[3469ACDEFGHJKMNPQRTWXY]{6}$/);
    });

    it('shows an assignment to its owner only, and lets only the owner change it', async () => {
      const a = await instructor(db, 'owner-a@example.edu');
      const b = await instructor(db, 'owner-b@example.edu');
      const mine = await assignment(db, a.instructor.id);
      expect(await ownedAssignment(db, b.instructor.id, mine.id)).toBeUndefined();
      expect(await closeAssignment(db, b.instructor.id, mine.id, T0)).toBe(false);
      expect(await duplicateAssignment(db, b.instructor.id, mine.id, T0)).toBeUndefined();
      expect(await deleteAssignment(db, b.instructor.id, mine.id)).toBe(false);
      expect((await assignmentsOf(db, b.instructor.id)).map((x) => x.id)).not.toContain(mine.id);
      expect(await ownedAssignment(db, a.instructor.id, mine.id)).toBeDefined();
    });

    it('duplicates with a new code and no attempts, and deletes with its attempts', async () => {
      const a = await instructor(db, 'dup@example.edu');
      const original = await assignment(db, a.instructor.id);
      const joined = await joinAssignment(db, original, undefined, 'Sam', T0);
      expect(joined.ok).toBe(true);
      const copy = await duplicateAssignment(db, a.instructor.id, original.id, T0 + 1);
      expect(copy?.joinCode).not.toBe(original.joinCode);
      const list = await assignmentsOf(db, a.instructor.id);
      expect(list.find((x) => x.id === original.id)?.attempts).toBe(1);
      expect(list.find((x) => x.id === copy?.id)?.attempts).toBe(0);
      expect(await deleteAssignment(db, a.instructor.id, original.id)).toBe(true);
      const left = await db
        .selectFrom('attempt')
        .select('id')
        .where('assignment_id', '=', original.id)
        .execute();
      expect(left).toEqual([]);
    });
  });

  describe('answers', () => {
    it('stores a repeated answer once, and a changed answer replaces it while the attempt is open', async () => {
      const a = await instructor(db, 'answers@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Kim', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const right = {
        itemId: onPage(deferred),
        response: { kind: 'choice' as const, choice: item.answerKey.best },
      };
      const wrong = {
        itemId: onPage(deferred),
        response: { kind: 'choice' as const, choice: wrongOption(item) },
      };

      const saves = await Promise.all(
        Array.from({ length: 8 }, () =>
          saveAnswer(db, deferred, joined.participantToken, wrong, T0 + 5),
        ),
      );
      expect(saves.every((s) => s.ok)).toBe(true);
      expect(await saveAnswer(db, deferred, joined.participantToken, right, T0 + 6)).toEqual({
        ok: true,
        revision: 2,
      });
      const rows = await db
        .selectFrom('answer')
        .selectAll()
        .where('attempt_id', '=', joined.attemptId)
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ earned: 1, revision: 2 });

      expect(await submitAttempt(db, deferred, joined.participantToken, T0 + 7)).toEqual({
        ok: true,
      });
      expect(await saveAnswer(db, deferred, joined.participantToken, wrong, T0 + 8)).toMatchObject({
        ok: false,
        reason: 'attempt-closed',
      });
      const attempt = await db
        .selectFrom('attempt')
        .selectAll()
        .where('id', '=', joined.attemptId)
        .executeTakeFirstOrThrow();
      expect(attempt).toMatchObject({ earned: 1, max: 3, submitted_reason: 'student' });
    });

    it('with deferred feedback, shows no key, explanation or score until the assignment closes', async () => {
      const a = await instructor(db, 'deferred@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Lee', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const saved = await saveAnswer(
        db,
        deferred,
        joined.participantToken,
        { itemId: onPage(deferred), response: { kind: 'choice', choice: item.answerKey.best } },
        T0 + 1,
      );
      expect(saved).toEqual({ ok: true, revision: 1 });
      await submitAttempt(db, deferred, joined.participantToken, T0 + 2);
      const before = await attemptView(db, deferred, joined.participantToken, T0 + 3);
      if (!before.ok) throw new Error('no view');
      const json = JSON.stringify(before.view);
      expect(json).not.toContain(item.teaching.explanation.slice(0, 40));
      expect(json).not.toContain('"answer"');
      expect(before.view.revealed).toEqual({});
      expect(before.view.attempt.earned).toBeNull();

      await closeAssignment(db, a.instructor.id, deferred.id, T0 + 4);
      const reopened = await ownedAssignment(db, a.instructor.id, deferred.id);
      const after = await attemptView(db, reopened!, joined.participantToken, T0 + 5);
      if (!after.ok) throw new Error('no view');
      expect(after.view.revealed[onPage(deferred)]?.id).toBe(onPage(deferred));
      expect(after.view.attempt.earned).toBe(1);
    });

    it('with immediate feedback, returns the key after the answer and refuses a changed answer', async () => {
      const a = await instructor(db, 'immediate@example.edu');
      const open = await assignment(db, a.instructor.id, { feedback: 'immediate' });
      const joined = await joinAssignment(db, open, undefined, 'Max', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const first = await saveAnswer(
        db,
        open,
        joined.participantToken,
        { itemId: onPage(open), response: { kind: 'choice', choice: wrongOption(item) } },
        T0 + 1,
      );
      expect(first).toMatchObject({
        ok: true,
        feedback: { item: { id: onPage(open) }, score: { earned: 0 } },
      });
      const changed = await saveAnswer(
        db,
        open,
        joined.participantToken,
        { itemId: onPage(open), response: { kind: 'choice', choice: item.answerKey.best } },
        T0 + 2,
      );
      expect(changed).toMatchObject({ ok: false, reason: 'already-answered' });
    });

    it('ends an attempt at its time limit and refuses answers after it', async () => {
      const a = await instructor(db, 'timed@example.edu');
      const timed = await assignment(db, a.instructor.id, {
        timeLimitMinutes: 10,
        feedback: 'after-close',
      });
      const joined = await joinAssignment(db, timed, undefined, 'Ola', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const answer = {
        itemId: onPage(timed),
        response: { kind: 'choice' as const, choice: item.answerKey.best },
      };
      expect(
        (await saveAnswer(db, timed, joined.participantToken, answer, T0 + 9 * 60_000)).ok,
      ).toBe(true);
      const late = await saveAnswer(db, timed, joined.participantToken, answer, T0 + 11 * 60_000);
      expect(late).toMatchObject({ ok: false, reason: 'attempt-closed' });
      const row = await db
        .selectFrom('attempt')
        .selectAll()
        .where('id', '=', joined.attemptId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        submitted_at: T0 + 10 * 60_000,
        submitted_reason: 'time-limit',
        earned: 1,
      });
    });

    it('accepts an answer within the grace after the time limit, and refuses one just past it', async () => {
      const a = await instructor(db, 'grace-period@example.edu');
      const timed = await assignment(db, a.instructor.id, {
        timeLimitMinutes: 10,
        feedback: 'after-close',
      });
      const joined = await joinAssignment(db, timed, undefined, 'Pia', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const answer = {
        itemId: onPage(timed),
        response: { kind: 'choice' as const, choice: item.answerKey.best },
      };
      const limit = T0 + 10 * 60_000;

      const inGrace = await saveAnswer(db, timed, joined.participantToken, answer, limit + 5_000);
      const past = await saveAnswer(db, timed, joined.participantToken, answer, limit + 5_001);

      expect(inGrace).toEqual({ ok: true, revision: 1 });
      expect(past).toMatchObject({ ok: false, reason: 'attempt-closed' });
    });

    it('leaves no trace of an answer to an unknown item or an incomplete answer', async () => {
      const a = await instructor(db, 'refused@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Raf', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const choice = { kind: 'choice' as const, choice: item.answerKey.best };

      const unknown = await saveAnswer(
        db,
        deferred,
        joined.participantToken,
        { itemId: STEM, response: choice },
        T0 + 1,
      );
      const incomplete = await saveAnswer(
        db,
        deferred,
        joined.participantToken,
        { itemId: onPage(deferred), response: { kind: 'choice', choice: 'not-an-option' } },
        T0 + 2,
      );

      expect(unknown).toMatchObject({ ok: false, reason: 'unknown-item', status: 400 });
      expect(incomplete).toMatchObject({ ok: false, status: 400 });
      const attempt = await db
        .selectFrom('attempt')
        .select('last_answer_at')
        .where('id', '=', joined.attemptId)
        .executeTakeFirstOrThrow();
      expect(attempt.last_answer_at).toBeNull();
      const rows = await db
        .selectFrom('answer')
        .select('item_id')
        .where('attempt_id', '=', joined.attemptId)
        .execute();
      expect(rows).toEqual([]);
    });

    it('refuses to join before the opening, after the due date, once closed, and past the attempt limit', async () => {
      const a = await instructor(db, 'windows@example.edu');
      const later = await assignment(db, a.instructor.id, { opensAt: T0 + 60_000 });
      expect(await joinAssignment(db, later, undefined, 'A', T0)).toEqual({
        ok: false,
        reason: 'not-open-yet',
      });
      const due = await assignment(db, a.instructor.id, { dueAt: T0 - 1 });
      expect(await joinAssignment(db, due, undefined, 'A', T0)).toEqual({
        ok: false,
        reason: 'past-due',
      });
      const once = await assignment(db, a.instructor.id, { maxAttempts: 1 });
      const joined = await joinAssignment(db, once, undefined, 'A', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const resumed = await joinAssignment(db, once, joined.participantToken, 'A', T0 + 1);
      expect(resumed).toMatchObject({ ok: true, resumed: true, attemptId: joined.attemptId });
      await submitAttempt(db, once, joined.participantToken, T0 + 2);
      expect(await joinAssignment(db, once, joined.participantToken, 'A', T0 + 3)).toEqual({
        ok: false,
        reason: 'no-attempts-left',
      });
      await closeAssignment(db, a.instructor.id, once.id, T0 + 4);
      const closed = await ownedAssignment(db, a.instructor.id, once.id);
      expect(await joinAssignment(db, closed!, undefined, 'B', T0 + 5)).toEqual({
        ok: false,
        reason: 'closed',
      });
    });

    it('closing an assignment ends and scores every open attempt', async () => {
      const a = await instructor(db, 'closing@example.edu');
      const open = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const item = choiceItem(STEM);
      const one = await joinAssignment(db, open, undefined, 'One', T0);
      const two = await joinAssignment(db, open, undefined, 'Two', T0);
      if (!one.ok || !two.ok) throw new Error('join failed');
      await saveAnswer(
        db,
        open,
        one.participantToken,
        { itemId: onPage(open), response: { kind: 'choice', choice: item.answerKey.best } },
        T0 + 1,
      );
      await closeAssignment(db, a.instructor.id, open.id, T0 + 2);
      const rows = await db
        .selectFrom('attempt')
        .select(['display_name', 'earned', 'submitted_reason'])
        .where('assignment_id', '=', open.id)
        .orderBy('display_name')
        .execute();
      expect(rows).toEqual([
        { display_name: 'One', earned: 1, submitted_reason: 'closed' },
        { display_name: 'Two', earned: 0, submitted_reason: 'closed' },
      ]);
    });

    it('stores answers in a second attempt once the first was submitted, and refuses an unknown item after an accepted answer', async () => {
      const a = await instructor(db, 'second-attempt@example.edu');
      const twice = await assignment(db, a.instructor.id, {
        feedback: 'after-close',
        maxAttempts: 2,
      });
      const item = choiceItem(STEM);
      const right = {
        itemId: onPage(twice),
        response: { kind: 'choice' as const, choice: item.answerKey.best },
      };
      const first = await joinAssignment(db, twice, undefined, 'Sam', T0);
      if (!first.ok) throw new Error(first.reason);
      expect(await saveAnswer(db, twice, first.participantToken, right, T0 + 1)).toEqual({
        ok: true,
        revision: 1,
      });
      const unknown = await saveAnswer(
        db,
        twice,
        first.participantToken,
        { itemId: STEM, response: right.response },
        T0 + 2,
      );
      expect(unknown).toMatchObject({ ok: false, reason: 'unknown-item' });
      // The same answer again after the refusal: a retry, stored once.
      expect(await saveAnswer(db, twice, first.participantToken, right, T0 + 3)).toEqual({
        ok: true,
        revision: 1,
      });
      expect(await submitAttempt(db, twice, first.participantToken, T0 + 4)).toEqual({ ok: true });
      const second = await joinAssignment(db, twice, first.participantToken, 'Sam', T0 + 5);
      if (!second.ok) throw new Error(second.reason);
      expect(second.attemptId).not.toBe(first.attemptId);

      expect(await saveAnswer(db, twice, first.participantToken, right, T0 + 6)).toEqual({
        ok: true,
        revision: 1,
      });
      const attempts = await db
        .selectFrom('attempt')
        .select(['id', 'earned', 'last_answer_at', 'submitted_at'])
        .where('assignment_id', '=', twice.id)
        .orderBy('number')
        .execute();
      expect(attempts).toEqual([
        { id: first.attemptId, earned: 1, last_answer_at: T0 + 3, submitted_at: T0 + 4 },
        { id: second.attemptId, earned: null, last_answer_at: T0 + 6, submitted_at: null },
      ]);
      const answered = await db
        .selectFrom('answer')
        .select(['attempt_id', 'answered_at'])
        .innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
        .where('attempt.assignment_id', '=', twice.id)
        .orderBy('answered_at')
        .execute();
      expect(answered).toEqual([
        { attempt_id: first.attemptId, answered_at: T0 + 1 },
        { attempt_id: second.attemptId, answered_at: T0 + 6 },
      ]);
    });

    it('stores an answer in a known attempt in one step only while it takes answers', async () => {
      const a = await instructor(db, 'known-attempt@example.edu');
      const timed = await assignment(db, a.instructor.id, {
        feedback: 'after-close',
        timeLimitMinutes: 10,
      });
      const joined = await joinAssignment(db, timed, undefined, 'Kai', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const rowAt = (choice: string, at: number) => choiceRow(joined.attemptId, item, choice, at);
      const right = item.answerKey.best;
      const wrong = wrongOption(item);

      expect(await storeAnswerIfOpen(db, rowAt(wrong, T0 + 1), { replace: true })).toEqual({
        open: true,
        revision: 1,
      });
      expect(await storeAnswerIfOpen(db, rowAt(wrong, T0 + 2), { replace: true })).toEqual({
        open: true,
        revision: undefined,
      });
      expect(await storeAnswerIfOpen(db, rowAt(right, T0 + 3), { replace: false })).toEqual({
        open: true,
        revision: undefined,
      });
      expect(await storeAnswerIfOpen(db, rowAt(right, T0 + 4), { replace: true })).toEqual({
        open: true,
        revision: 2,
      });
      const late = T0 + 10 * 60_000 + 5_001;
      expect(await storeAnswerIfOpen(db, rowAt(wrong, late), { replace: true })).toEqual({
        open: false,
      });
      const stored = await db
        .selectFrom('answer')
        .innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
        .select(['answer.response', 'answer.revision', 'answer.earned', 'attempt.last_answer_at'])
        .where('attempt_id', '=', joined.attemptId)
        .execute();
      expect(stored).toEqual([
        { response: rowAt(right, 0).response, revision: 2, earned: 1, last_answer_at: T0 + 4 },
      ]);
    });

    it('makes an answer to a known attempt wait for a submission under way, then refuses it', async () => {
      const a = await instructor(db, 'known-submitted@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Lou', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const submissionEnded = latch();
      const commitAllowed = latch();
      const submitting = db.transaction().execute(async (trx) => {
        const done = await finishAttempt(trx, joined.attemptId, T0 + 1, 'student');
        submissionEnded.release();
        await commitAllowed.released;
        return done;
      });
      await submissionEnded.released;
      const answering = storeAnswerIfOpen(
        db,
        choiceRow(joined.attemptId, item, item.answerKey.best, T0 + 2),
        { replace: true },
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      commitAllowed.release();

      expect(await submitting).toBe(true);
      expect(await answering).toEqual({ open: false });
      const answers = await db
        .selectFrom('answer')
        .select('item_id')
        .where('attempt_id', '=', joined.attemptId)
        .execute();
      expect(answers).toEqual([]);
    });

    it('never keeps an answer that a submission started beside it has already totalled', async () => {
      const a = await instructor(db, 'beside@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Bea', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);

      // Started together: whichever takes the attempt first, the total and the answers agree.
      const [stored, submitted] = await Promise.all([
        storeAnswerIfOpen(db, choiceRow(joined.attemptId, item, item.answerKey.best, T0 + 1), {
          replace: true,
        }),
        db.transaction().execute((trx) => finishAttempt(trx, joined.attemptId, T0 + 2, 'student')),
      ]);

      expect(submitted).toBe(true);
      const answers = await db
        .selectFrom('answer')
        .select('earned')
        .where('attempt_id', '=', joined.attemptId)
        .execute();
      const attempt = await db
        .selectFrom('attempt')
        .select('earned')
        .where('id', '=', joined.attemptId)
        .executeTakeFirstOrThrow();
      expect(stored.open).toBe(answers.length === 1);
      expect(attempt.earned).toBe(answers.reduce((sum, row) => sum + row.earned, 0));
    });

    it('counts an answer that was being stored while the submission waited for it', async () => {
      const a = await instructor(db, 'waiting@example.edu');
      const deferred = await assignment(db, a.instructor.id, { feedback: 'after-close' });
      const joined = await joinAssignment(db, deferred, undefined, 'Wai', T0);
      if (!joined.ok) throw new Error(joined.reason);
      const item = choiceItem(STEM);
      const row = choiceRow(joined.attemptId, item, item.answerKey.best, T0 + 1);
      const answerStored = latch();
      const commitAllowed = latch();

      // The answer's transaction, as saveAnswer runs it, held open between storing and commit.
      const answering = db.transaction().execute(async (trx) => {
        await trx
          .updateTable('attempt')
          .set({ last_answer_at: T0 + 1 })
          .where('id', '=', joined.attemptId)
          .execute();
        await upsertAnswer(trx, row, { replace: true });
        answerStored.release();
        await commitAllowed.released;
      });
      await answerStored.released;
      const submitting = submitAttempt(db, deferred, joined.participantToken, T0 + 2);
      await new Promise((resolve) => setTimeout(resolve, 150));
      commitAllowed.release();
      await answering;

      expect(await submitting).toEqual({ ok: true });
      const attempt = await db
        .selectFrom('attempt')
        .select(['earned', 'submitted_reason'])
        .where('id', '=', joined.attemptId)
        .executeTakeFirstOrThrow();
      expect(attempt).toEqual({ earned: row.earned, submitted_reason: 'student' });
      expect(row.earned).toBeGreaterThan(0);
    });
  });

  describe('results', () => {
    it("counts every attempt, or each student's first or last, in the item analysis", async () => {
      const a = await instructor(db, 'recount@example.edu');
      const twice = await assignment(db, a.instructor.id, {
        maxAttempts: 2,
        feedback: 'after-close',
      });
      const item = choiceItem(STEM);
      const first = await joinAssignment(db, twice, undefined, 'Sam', T0);
      if (!first.ok) throw new Error(first.reason);
      await saveAnswer(
        db,
        twice,
        first.participantToken,
        { itemId: onPage(twice), response: { kind: 'choice', choice: item.answerKey.best } },
        T0 + 1,
      );
      await submitAttempt(db, twice, first.participantToken, T0 + 2);
      const second = await joinAssignment(db, twice, first.participantToken, 'Sam', T0 + 3);
      if (!second.ok) throw new Error(second.reason);
      expect(second.attemptId).not.toBe(first.attemptId);
      await saveAnswer(
        db,
        twice,
        first.participantToken,
        { itemId: onPage(twice), response: { kind: 'choice', choice: wrongOption(item) } },
        T0 + 4,
      );
      await submitAttempt(db, twice, first.participantToken, T0 + 5);

      const facility = async (counted: 'all' | 'first' | 'last') => {
        const results = await loadResults(db, twice, getBank().frameworks, T0 + 6, counted);
        return results.items.items.find((s) => s.itemId === STEM)?.facility;
      };
      expect(await facility('all')).toBe(0.5);
      expect(await facility('first')).toBe(1);
      expect(await facility('last')).toBe(0);
      const rows = (await loadResults(db, twice, getBank().frameworks, T0 + 6, 'first')).rows;
      expect(rows.map((r) => [r.number, r.earned])).toEqual([
        [1, 1],
        [2, 0],
      ]);
    });

    it('scores an odd-one-out item and lists its four cases with how many chose each in the analysis', async () => {
      const a = await instructor(db, 'odd@example.edu');
      const odd = await assignment(
        db,
        a.instructor.id,
        { feedback: 'after-close', shuffleOptions: true },
        { source: 'picked', items: [ODD, STEM] },
      );
      const item = odd.items.find((i) => i.id === ODD);
      if (item?.kind !== 'odd-one-out') throw new Error('the assignment has no odd-one-out item');
      const title = (scenarioId: string) => item.scenarios.find((s) => s.id === scenarioId)!.title;
      const ids = idMapOf(odd).toOpaque;
      // Two students pick Malabar, one picks a port stay; the page sends the cases' opaque ids.
      const picks = [
        ['Ana', MALABAR],
        ['Ben', PORT_STAYS[1]!],
        ['Cy', MALABAR],
      ] as const;
      for (const [name, pick] of picks) {
        const joined = await joinAssignment(db, odd, undefined, name, T0);
        if (!joined.ok) throw new Error(joined.reason);
        const saved = await saveAnswer(
          db,
          odd,
          joined.participantToken,
          { itemId: ids.get(ODD)!, response: { kind: 'choice', choice: ids.get(pick)! } },
          T0 + 1,
        );
        expect(saved).toEqual({ ok: true, revision: 1 });
        await submitAttempt(db, odd, joined.participantToken, T0 + 2);
      }

      const results = await loadResults(db, odd, getBank().frameworks, T0 + 3);
      expect(results.unreadable).toBe(0);
      const byName = [...results.rows].sort((x, y) => (x.name < y.name ? -1 : 1));
      expect(byName.map((r) => [r.name, r.earned, r.max])).toEqual([
        ['Ana', 1, 2],
        ['Ben', 0, 2],
        ['Cy', 1, 2],
      ]);
      const row = itemRows(results.items.items, odd.items).find((r) => r.itemId === ODD);
      expect(row).toMatchObject({
        title: `Odd one out: “${title(PORT_STAYS[0]!)}”, “${title(PORT_STAYS[1]!)}” and 2 more`,
        attempts: 3,
        noAnswer: 0,
        facility: 2 / 3,
      });
      expect(row?.options).toEqual([
        { optionId: PORT_STAYS[0], label: title(PORT_STAYS[0]!), count: 0, isKey: false },
        { optionId: PORT_STAYS[1], label: title(PORT_STAYS[1]!), count: 1, isKey: false },
        { optionId: PORT_STAYS[2], label: title(PORT_STAYS[2]!), count: 0, isKey: false },
        { optionId: MALABAR, label: title(MALABAR), count: 2, isKey: true },
      ]);
      // One figure for the whole item at the scenario grain too: it has no cards of its own.
      expect(results.scenarios.items.map((s) => s.itemId)).toEqual([ODD, STEM]);
      // Nobody named a category, so nothing lands in the confusion matrix.
      expect(results.confusion).toEqual([]);
    });
  });
});
