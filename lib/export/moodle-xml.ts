/**
 * Moodle XML, the format of Moodle's question import (Question bank → Import → "Moodle XML
 * format"). Single-best items, pick-every-one and odd one out become `multichoice`, answer and
 * reason a `multichoice` on every (answer, reason) pair, sort boards `matching`; each framework
 * is a category. The marks Moodle gives are Attaché's wherever its fractions allow; a comment
 * above a question says where they do not.
 */
import type { Item } from '../items/schema';
import {
  decimal,
  escapeXml,
  matchingLosses,
  moodleCategory,
  moodlePercent,
  moodleRefusal,
  questionsByFramework,
  xmlSafe,
  type Choice,
  type ExportFramework,
  type MatchQuestion,
  type Question,
  type Skipped,
} from './interchange';

export type MoodleXmlExport = {
  text: string;
  /** Items Moodle could not import, left out. */
  skipped: Skipped[];
  /** Where Moodle marks differently from Attaché, one line each (also comments in the file). */
  notes: string[];
};

/** HTML in CDATA; a "]]>" in the text is split across two sections so it cannot end one early. */
function cdata(html: string): string {
  return `<![CDATA[${xmlSafe(html).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** A comment's text: "--" may not appear in one, nor may it end with "-". */
function comment(text: string): string {
  return `<!-- ${xmlSafe(text).replaceAll('--', '- -').replace(/-$/, '- ')} -->`;
}

const htmlText = (tag: string, html: string) =>
  `<${tag} format="html"><text>${cdata(html)}</text></${tag}>`;

function answer(choice: Choice, notes: string[], name: string): string {
  const { percent, exact } = moodlePercent(choice.credit);
  if (!exact) {
    notes.push(
      `${name}: “${choice.label}” is worth ${decimal(choice.credit * 100)} % in Attaché; Moodle allows only set fractions, so ${decimal(percent)} %.`,
    );
  }
  const feedback = choice.feedback ? htmlText('feedback', choice.feedback) : '';
  return `    <answer fraction="${decimal(percent)}" format="html"><text>${cdata(choice.html)}</text>${feedback}</answer>`;
}

function head(question: Question, type: string, stem: string): string[] {
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(question.name)}</text></name>`,
    `    ${htmlText('questiontext', stem)}`,
    `    ${htmlText('generalfeedback', question.generalFeedback)}`,
    `    <defaultgrade>${question.marks}</defaultgrade>`,
  ];
}

function multichoice(
  question: Question,
  stem: string,
  single: boolean,
  choices: readonly Choice[],
  notes: string[],
): string[] {
  return [
    ...head(question, 'multichoice', stem),
    `    <single>${single}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...choices.map((c) => answer(c, notes, question.name)),
    '  </question>',
  ];
}

function matching(question: MatchQuestion): string[] {
  const keyed = new Set(question.rows.map((r) => r.right[0]));
  // A category no card belongs to is still offered: Moodle takes it from a subquestion with no text.
  const spare = question.targets.filter((t) => !keyed.has(t.id));
  const label = (id: string | undefined) => question.targets.find((t) => t.id === id)?.label ?? '';
  return [
    ...head(question, 'matching', `<p>${escapeXml(question.prompt)}</p>`),
    '    <shuffleanswers>true</shuffleanswers>',
    ...question.rows.map(
      (row) =>
        `    <subquestion format="html"><text>${cdata(row.html)}</text><answer><text>${escapeXml(label(row.right[0]))}</text></answer></subquestion>`,
    ),
    ...spare.map(
      (t) =>
        `    <subquestion format="html"><text></text><answer><text>${escapeXml(t.label)}</text></answer></subquestion>`,
    ),
    '  </question>',
  ];
}

function questionXml(question: Question, notes: string[]): string[] {
  switch (question.form) {
    case 'choice':
      return multichoice(question, question.stem, question.single, question.choices, notes);
    case 'tiers':
      // One pick among the pairs marks exactly as Attaché does (half for the answer, all of it
      // with the reason too, nothing for a right reason given with a wrong answer); two separate
      // questions could not withhold the reason's half after a wrong answer.
      return multichoice(
        question,
        `${question.stem}<p>${escapeXml(question.pairPrompt)}</p>`,
        true,
        question.pairs,
        notes,
      );
    case 'match':
      notes.push(...matchingLosses(question));
      return matching(question);
  }
}

/** The items as one Moodle XML file, grouped in a category per framework. */
export function toMoodleXml(
  items: readonly Item[],
  frameworks: readonly ExportFramework[],
): MoodleXmlExport {
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  const body: string[] = [];
  for (const { framework, questions } of questionsByFramework(items, frameworks)) {
    const written: string[] = [];
    for (const question of questions) {
      const refusal = moodleRefusal(question);
      if (refusal) {
        skipped.push({ itemId: question.itemId, name: question.name, reason: refusal });
        continue;
      }
      const before = notes.length;
      const xml = questionXml(question, notes);
      written.push(
        `  ${comment(`Attaché item ${question.itemId}`)}`,
        ...notes.slice(before).map((note) => `  ${comment(note)}`),
        ...xml,
      );
    }
    if (written.length === 0) continue;
    body.push(
      '  <question type="category">',
      `    <category><text>${escapeXml(moodleCategory(framework))}</text></category>`,
      '  </question>',
      ...written,
    );
  }
  const header = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    comment(
      "Attaché items for Moodle: Question bank → Import → Moodle XML format, with 'Get category from file' ticked.",
    ),
    ...skipped.map((s) => comment(`Left out: ${s.name} (${s.itemId}): ${s.reason}`)),
  ];
  return { text: [...header, '<quiz>', ...body, '</quiz>', ''].join('\n'), skipped, notes };
}
