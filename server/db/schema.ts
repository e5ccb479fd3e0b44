/**
 * The tables as Kysely sees them. Times are milliseconds since the epoch (bigint columns,
 * read back as numbers on both engines); JSON is stored as text and parsed with zod on read,
 * so SQLite and PostgreSQL store exactly the same values.
 */
import type { Insertable, Selectable } from 'kysely';

export interface InstructorTable {
  id: string;
  /** Lower-cased, trimmed. */
  email: string;
  display_name: string;
  /** Argon2id PHC string. */
  password_hash: string;
  created_at: number;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a database leak does not hand out sessions. */
  id: string;
  instructor_id: string;
  /** Sent back by the instructor's pages with every state-changing request. */
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

/**
 * A throttle bucket: how many attempts it has seen in its window and the earliest time the next
 * one may run. Keys such as "sign-in:<address>|<client>" or "sign-up:<client>".
 */
export interface ThrottleTable {
  key: string;
  attempts: number;
  next_at: number;
  window_start: number;
}

export interface AssignmentTable {
  id: string;
  instructor_id: string;
  title: string;
  /** Short code students type, e.g. "K9QM4P". */
  join_code: string;
  /** JSON: AssignmentSettings. */
  settings: string;
  /** JSON: the items as they were when the assignment was made (answer keys included). */
  items: string;
  item_count: number;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
  /**
   * Hex key for the opaque ids of this assignment's attempt pages; null for assignments made
   * before it existed (one is set on first load).
   */
  secret: string | null;
}

export interface AttemptTable {
  id: string;
  assignment_id: string;
  /** SHA-256 of the student's cookie token. */
  participant_hash: string;
  display_name: string;
  /** 1 for a student's first attempt, 2 for the second… */
  number: number;
  /** Decides this attempt's item and option order when shuffling is on. */
  seed: string;
  started_at: number;
  /** The time limit or the due date, whichever comes first; null when neither is set. */
  deadline_at: number | null;
  last_answer_at: number | null;
  submitted_at: number | null;
  /** Why the attempt ended: "student", "time-limit", "due" or "closed". */
  submitted_reason: string | null;
  /** Marks, with certainty-based marking when it is on; null until submitted. */
  earned: number | null;
  max: number;
}

export interface AnswerTable {
  attempt_id: string;
  item_id: string;
  /** JSON: Response. */
  response: string;
  /** JSON: Scored (the judgements per scenario, for analysis). */
  score: string;
  earned: number;
  max: number;
  /** Marks without certainty weighting (for item analysis): 0…raw_max. */
  raw_earned: number;
  raw_max: number;
  answered_at: number;
  /** 1 for the first answer, +1 each time a later answer replaced it. */
  revision: number;
}

/** An instructor's own scenario (see lib/authoring). */
export interface OwnItemTable {
  /** 12 characters of [a-z2-7]; the app names its scenario "own-<id>". */
  id: string;
  owner_id: string;
  /** The scenario's id as the instructor wrote it, unique per owner; null while a draft has none. */
  slug: string | null;
  title: string;
  /** "draft" (may be incomplete) or "ready" (passes every check; usable in assignments). */
  status: string;
  /** 1 when created, +1 each time a save changes it. */
  version: number;
  /** JSON: the scenario exactly as written (bank schema; a draft may be incomplete). */
  body: string;
  created_at: number;
  updated_at: number;
}

/** An owner lets a co-instructor use (not edit) all their ready items. */
export interface ItemShareTable {
  owner_id: string;
  grantee_id: string;
  created_at: number;
}

/** Which version of an own item an assignment's snapshot holds. */
export interface OwnItemUseTable {
  item_id: string;
  assignment_id: string;
  version: number;
}

export interface Database {
  instructor: InstructorTable;
  session: SessionTable;
  throttle: ThrottleTable;
  assignment: AssignmentTable;
  attempt: AttemptTable;
  answer: AnswerTable;
  own_item: OwnItemTable;
  item_share: ItemShareTable;
  own_item_use: OwnItemUseTable;
}

export type InstructorRow = Selectable<InstructorTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
export type AttemptRow = Selectable<AttemptTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type OwnItemRow = Selectable<OwnItemTable>;
export type NewAnswer = Insertable<AnswerTable>;
