/**
 * GIFT, Moodle's text format for questions (Question bank → Import → "GIFT format"). The same
 * questions as the Moodle XML export where GIFT can write them: `=`/`~` with `#feedback` for one
 * pick, `~%50%` weights for several, `->` for matching, `####` for the general feedback. Texts
 * are `[html]`; GIFT's own characters `~ = # { } :` and the backslash are escaped with a
 * backslash. GIFT cannot give a question more than the default mark, so a board counts one in
 * all; items Moodle could not import at all are left out and named at the top.
 */
import type { Item } from '../items/schema';
import {
  decimal,
  escapeXml,
  matchingLosses,
  moodleCategory,
  moodlePercent,
  moodleRefusal,
  pairId,
  questionsByFramework,
  xmlSafe,
  type Choice,
  type ExportFramework,
  type MatchQuestion,
  type Question,
  type Skipped,
} from './interchange';

export type GiftExport = {
  text: string;
  /** Items GIFT cannot express, left out (also listed at the top of the file). */
  skipped: Skipped[];
  /** Where Moodle marks the GIFT questions differently from Attaché. */
  notes: string[];
};

/**
 * Text with GIFT's special characters escaped. Line breaks become spaces: a blank line ends a
 * question in GIFT, and the HTML already marks paragraphs.
 */
export function giftEscape(text: string): string {
  return xmlSafe(text)
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * An HTML text in GIFT. An answer's text may start with a format of its own ("[plain]"); one
 * that starts with "[" is given "[html]" so its own bracket is read as text.
 */
function html(text: string): string {
  const escaped = giftEscape(text);
  return escaped.startsWith('[') ? `[html]${escaped}` : escaped;
}

/** A comment line; GIFT comments run to the end of the line. */
const comment = (text: string) => `// ${text.replace(/[\r\n]+/g, ' ')}`;

function choiceLine(choice: Choice, isKey: boolean): string {
  const { percent } = moodlePercent(choice.credit);
  const mark = isKey ? '=' : percent === 0 ? '~' : `~%${decimal(percent)}%`;
  const feedback = choice.feedback ? `#${html(choice.feedback)}` : '';
  return `\t${mark}${html(choice.html)}${feedback}`;
}

/**
 * Moodle reads a question as one pick exactly when it has an "=" answer: the key of a one-pick
 * question is "=", an accepted alternative "~%100%"; a pick-every-one has no "=" at all.
 */
function choices(
  key: string | undefined,
  list: readonly Choice[],
  notes: string[],
  name: string,
): string[] {
  return list.map((c) => {
    const { percent, exact } = moodlePercent(c.credit);
    if (!exact) {
      notes.push(
        `${name}: “${c.label}” is worth ${decimal(c.credit * 100)} % in Attaché; Moodle allows only set fractions, so ${decimal(percent)} %.`,
      );
    }
    return choiceLine(c, c.id === key);
  });
}

function matchLines(question: MatchQuestion): string[] {
  const keyed = new Set(question.rows.map((r) => r.right[0]));
  const label = (id: string | undefined) => question.targets.find((t) => t.id === id)?.label ?? '';
  return [
    ...question.rows.map((row) => `\t=${html(row.html)} -> ${giftEscape(label(row.right[0]))}`),
    // A category no card belongs to is still offered: a pair with nothing before "->".
    ...question.targets.filter((t) => !keyed.has(t.id)).map((t) => `\t= -> ${giftEscape(t.label)}`),
  ];
}

function questionGift(question: Question, notes: string[]): string[] {
  const name = `::${giftEscape(question.name)}::`;
  const general = `\t####${html(question.generalFeedback)}`;
  switch (question.form) {
    case 'choice':
      return [
        `${name}[html]${giftEscape(question.stem)}{`,
        ...choices(
          question.single ? question.correct[0] : undefined,
          question.choices,
          notes,
          question.name,
        ),
        general,
        '}',
      ];
    case 'tiers':
      // One pick among the pairs marks as Attaché does; see moodle-xml.ts.
      return [
        `${name}[html]${giftEscape(`${question.stem}<p>${escapeXml(question.pairPrompt)}</p>`)}{`,
        ...choices(
          pairId(question.answer.right[0] ?? '', question.reason.right[0] ?? ''),
          question.pairs,
          notes,
          question.name,
        ),
        general,
        '}',
      ];
    case 'match':
      notes.push(...matchingLosses(question));
      if (question.marks > 1) {
        notes.push(
          `${question.name}: GIFT cannot set a question's mark, so this board counts 1 in Moodle instead of ${question.marks} (one per card); set it in the quiz.`,
        );
      }
      return [
        `${name}[html]${giftEscape(`<p>${escapeXml(question.prompt)}</p>`)}{`,
        ...matchLines(question),
        general,
        '}',
      ];
  }
}

/** The items as one GIFT file, a `$CATEGORY` per framework. */
export function toGift(items: readonly Item[], frameworks: readonly ExportFramework[]): GiftExport {
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  const blocks: string[] = [];
  for (const { framework, questions } of questionsByFramework(items, frameworks)) {
    const written: string[] = [];
    for (const question of questions) {
      const refusal = moodleRefusal(question);
      if (refusal) {
        skipped.push({ itemId: question.itemId, name: question.name, reason: refusal });
        continue;
      }
      const before = notes.length;
      const lines = questionGift(question, notes);
      written.push(
        [
          comment(`Attaché item ${question.itemId}`),
          ...notes.slice(before).map(comment),
          ...lines,
        ].join('\n'),
      );
    }
    // The category line is read as it stands (no escapes), up to the end of its line.
    if (written.length > 0) blocks.push(`$CATEGORY: ${moodleCategory(framework)}`, ...written);
  }
  const header = [
    comment(
      "Attaché items for Moodle: Question bank → Import → GIFT format, with 'Get category from file' ticked.",
    ),
    skipped.length === 0
      ? comment('Every item is in this file.')
      : comment(`Left out, as Moodle could not import them from GIFT: ${skipped.length}.`),
    ...skipped.map((s) => comment(`Left out: ${s.name} (${s.itemId}): ${s.reason}`)),
  ].join('\n');
  return { text: `${[header, ...blocks].join('\n\n')}\n`, skipped, notes };
}
