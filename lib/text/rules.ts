/**
 * What a name or a title may contain. They are shown in tables, exports and other people's pages,
 * so control characters (which garble tables and terminals) and bidi controls (which can make
 * "Ana" display as someone else's name, or flip a CSV cell) are refused, and a name must show at
 * least one letter, digit or mark a reader can see.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates: U+202A–202E and U+2066–2069. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Why a title cannot be used, or undefined when it can. */
export function titleProblem(text: string): string | undefined {
  if (CONTROL.test(text)) return 'no control characters';
  if (BIDI_CONTROL.test(text)) return 'no text-direction control characters';
  if (!VISIBLE.test(text)) return 'at least one visible character';
  return undefined;
}

/** A person's name: the same rules as a title. */
export const nameProblem = titleProblem;
