/** Real items for the LMS export tests, a tricky-text item made from one, and text helpers. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { itemsOfSet } from '@/lib/bank/sets';
import type { ExportFramework } from '@/lib/export/interchange';
import type { Item, SingleItem, SortItem } from '@/lib/items/schema';
import { itemById, realBank, type OfKind } from '../assignments/real-bank';

/** Accepted alternative: "visits-presence" besides the key "representation". */
export const SINGLE_ID = 'nato-troops-red-square-2010.pajtinka';
/** Two keys among five options. */
export const MANY_ID = 'nato-troops-red-square-2010.cottey-forster.many';
export const TWO_TIER_ID = 'aukus-submarine-cancellation-2021.modes.two-tier';

export function frameworks(): ExportFramework[] {
  return realBank().bank.frameworks.map((f) => ({ id: f.id, label: f.label }));
}

function setItems(setId: string): Item[] {
  const { bank, byId } = realBank();
  const set = bank.sets.find((s) => s.id === setId);
  if (!set) throw new Error(`no set ${setId}`);
  return itemsOfSet(set, bank.frameworks, byId);
}

/** The sino-serbian set's board: four cards on Pajtinka's functions. */
export function sortBoard(): SortItem {
  const board = setItems('sino-serbian').find((i): i is SortItem => i.kind === 'sort');
  if (!board) throw new Error('no board in sino-serbian');
  return board;
}

export function oddOneOut(): OfKind<'odd-one-out'> {
  const odd = setItems('five-functions').find(
    (i): i is OfKind<'odd-one-out'> => i.kind === 'odd-one-out',
  );
  if (!odd) throw new Error('no odd-one-out in five-functions');
  return odd;
}

export function single(): SingleItem {
  return itemById(SINGLE_ID) as SingleItem;
}

/** The four items of the golden files, one of each form. */
export function goldenItems(): Item[] {
  return [single(), itemById(MANY_ID), itemById(TWO_TIER_ID), sortBoard()];
}

/** Every markup and escape character of XML, CDATA, HTML and GIFT, and text beyond the BMP. */
export const TRICKY = `Tricky ]]> & <b>"bold"</b> 'apos' ~ = # { } : \\ -> [plain] ✓ 🚢 עברית`;

/** A real single-best item whose title, options, feedback and explanation hold TRICKY. */
export function trickyItem(): SingleItem {
  const item = single();
  const wrong = item.options.find(
    (o) => o.id !== item.answerKey.best && !item.answerKey.accepted.includes(o.id),
  )!;
  return {
    ...item,
    id: 'tricky.pajtinka',
    frameworkId: 'tricky/framework',
    question: `Question ${TRICKY}`,
    scenario: { ...item.scenario, title: `Title ${TRICKY}`, text: `Text ${TRICKY}` },
    options: item.options.map((o) =>
      o.id === wrong.id ? { ...o, label: `[Wrong] ${TRICKY}` } : o,
    ),
    teaching: {
      ...item.teaching,
      explanation: `Explanation ${TRICKY}`,
      whyNot: { ...item.teaching.whyNot, [wrong.id]: `Why not ${TRICKY}` },
    },
  };
}

export const ARRAYS = new Set([
  'question',
  'answer',
  'subquestion',
  'resource',
  'file',
  'dependency',
  'responseDeclaration',
  'choiceInteraction',
  'simpleChoice',
  'simpleMatchSet',
  'simpleAssociableChoice',
  'mapEntry',
  'value',
  'modalFeedback',
  'assessmentSection',
  'assessmentItemRef',
  'p',
]);

/** Parses XML after fast-xml-parser's validator has passed it; repeated elements are arrays. */
export function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  }).parse(text) as Record<string, unknown>;
}

/**
 * What an HTML fragment says, as a reader would see it: parsed as XML by fast-xml-parser (so it
 * must be well-formed) and its text joined. Paragraphs are joined with a space.
 */
export function textOfHtml(html: string): string {
  const valid = XMLValidator.validate(`<r>${html}</r>`);
  expect(valid, JSON.stringify(valid)).toBe(true);
  const tree = new XMLParser({
    preserveOrder: true,
    parseTagValue: false,
    trimValues: false,
  }).parse(`<r>${html}</r>`) as unknown;
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '#text') texts.push(String(value));
      else if (key !== ':@') {
        walk(value);
        if (key === 'p') texts.push(' ');
      }
    }
  };
  walk(tree);
  return texts.join('').replace(/\s+/g, ' ').trim();
}
