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

/** The tool's own RSA key pairs (JWK JSON); the newest unretired one signs. */
export interface LtiKeyTable {
  kid: string;
  private_jwk: string;
  public_jwk: string;
  created_at: number;
  /** Set when a newer key took over; still published until RETIRED_KEY_DAYS have passed. */
  retired_at: number | null;
}

/** An LMS an instructor registered the tool with. */
export interface LtiPlatformTable {
  id: string;
  owner_id: string;
  name: string;
  issuer: string;
  client_id: string;
  /** JSON: string[] of the deployment ids launches may name. */
  deployment_ids: string;
  auth_url: string;
  token_url: string;
  jwks_url: string;
  created_at: number;
}

/** A one-time dynamic-registration link an instructor gave their LMS. */
export interface LtiRegistrationTable {
  token_hash: string;
  owner_id: string;
  expires_at: number;
}

/** An OIDC login in flight: the state and nonce the launch must come back with. */
export interface LtiLoginTable {
  state: string;
  nonce: string;
  platform_id: string;
  /** JSON: the login request's parameters, to start again in a new window. */
  params: string;
  expires_at: number;
}

/** The account an LMS user who launched as an instructor works in. */
export interface LtiAccountTable {
  platform_id: string;
  sub: string;
  instructor_id: string;
}

/** A resource link placed by deep linking: which assignment it opens, and its gradebook column. */
export interface LtiLinkTable {
  id: string;
  platform_id: string;
  assignment_id: string;
  context_title: string | null;
  lineitem_url: string | null;
  memberships_url: string | null;
  created_at: number;
}

/** An LMS learner of a link, and the attempt identity the launch gave them. */
export interface LtiLearnerTable {
  link_id: string;
  sub: string;
  participant_hash: string;
  display_name: string;
}

/** A one-time code that carries a framed launch into a new window. */
export interface LtiHandoffTable {
  code_hash: string;
  /** JSON: what the launch decided (see server/lti/handoff.ts). */
  payload: string;
  expires_at: number;
}

/** The score owed to a platform's gradebook for one learner of one link. */
export interface LtiGradeTable {
  link_id: string;
  sub: string;
  score_given: number;
  score_maximum: number;
  /** "pending", "sent" or "failed" (failed for good: the platform refused it). */
  status: string;
  tries: number;
  next_try_at: number;
  last_error: string | null;
  sent_at: number | null;
  updated_at: number;
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
  lti_key: LtiKeyTable;
  lti_platform: LtiPlatformTable;
  lti_registration: LtiRegistrationTable;
  lti_login: LtiLoginTable;
  lti_account: LtiAccountTable;
  lti_link: LtiLinkTable;
  lti_learner: LtiLearnerTable;
  lti_handoff: LtiHandoffTable;
  lti_grade: LtiGradeTable;
}

export type InstructorRow = Selectable<InstructorTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
export type AttemptRow = Selectable<AttemptTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type OwnItemRow = Selectable<OwnItemTable>;
export type NewAnswer = Insertable<AnswerTable>;
