/**
 * The QTI 2.1 package's files, each read by fast-xml-parser (validator first): the manifest
 * lists every item, identifiers are NCNames, each item's correct response and mapping match the
 * key and the scorer. No maintained npm package reads QTI 2.1 in Node (see README), so these
 * are structural checks.
 */
import { describe, expect, it } from 'vitest';
import { toQti, type QtiFile } from '@/lib/export/qti';
import { optionsOf, scoreItem } from '@/lib/items/registry';
import type { Item } from '@/lib/items/schema';
import { itemById } from '../assignments/real-bank';
import {
  frameworks,
  MANY_ID,
  oddOneOut,
  parseXml,
  single,
  sortBoard,
  textOfHtml,
  TRICKY,
  trickyItem,
  TWO_TIER_ID,
} from './interchange-items';

type Values = { value: string[] };
type Declaration = {
  '@identifier': string;
  '@cardinality': string;
  '@baseType': string;
  correctResponse: Values;
  mapping?: {
    '@lowerBound': string;
    '@upperBound': string;
    mapEntry: { '@mapKey': string; '@mappedValue': string }[];
  };
};
type AssessmentItem = {
  '@identifier': string;
  responseDeclaration: Declaration[];
  outcomeDeclaration: { '@identifier': string }[];
  responseProcessing: Record<string, unknown> & { '@template'?: string };
  modalFeedback: { '@identifier': string }[];
};

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function files(items: readonly Item[]): Map<string, string> {
  return new Map(toQti(items, frameworks()).files.map((f: QtiFile) => [f.path, f.content]));
}

function onlyItem(item: Item): { parsed: AssessmentItem; xml: string } {
  const all = [...files([item])].filter(([path]) => path.startsWith('items/'));
  expect(all).toHaveLength(1);
  const xml = all[0]![1];
  return { parsed: (parseXml(xml) as { assessmentItem: AssessmentItem }).assessmentItem, xml };
}

/** Choice identifier → what the learner reads, from the raw XML (choices do not nest). */
function choiceTexts(xml: string, element: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(
    `<${element}\\b[^>]*?\\sidentifier="([^"]+)"[^>]*>(.*?)</${element}>`,
    'g',
  );
  for (const [, id, inner] of xml.matchAll(pattern)) found.set(id!, textOfHtml(inner!));
  return found;
}

function declaration(item: AssessmentItem, identifier: string): Declaration {
  return item.responseDeclaration.find((d) => d['@identifier'] === identifier)!;
}

describe('QTI 2.1 package', () => {
  it('lists every item file in the manifest as imsqti_item_xmlv2p1, and in the test', () => {
    const items = [single(), itemById(MANY_ID), itemById(TWO_TIER_ID), sortBoard(), oddOneOut()];
    const package_ = files(items);
    const itemPaths = [...package_.keys()].filter((p) => p.startsWith('items/'));
    expect(itemPaths).toHaveLength(items.length);
    const { manifest } = parseXml(package_.get('imsmanifest.xml')!) as {
      manifest: {
        resources: {
          resource: {
            '@identifier': string;
            '@type': string;
            '@href': string;
            file: { '@href': string }[];
            dependency?: { '@identifierref': string }[];
          }[];
        };
      };
    };
    const resources = manifest.resources.resource;
    const itemResources = resources.filter((r) => r['@type'] === 'imsqti_item_xmlv2p1');
    expect(itemResources.map((r) => r['@href']).sort()).toEqual([...itemPaths].sort());
    expect(itemResources.every((r) => r.file[0]!['@href'] === r['@href'])).toBe(true);
    const test = resources.find((r) => r['@type'] === 'imsqti_test_xmlv2p1')!;
    expect(test.dependency!.map((d) => d['@identifierref']).sort()).toEqual(
      itemResources.map((r) => r['@identifier']).sort(),
    );
    const { assessmentTest } = parseXml(package_.get(test['@href'])!) as {
      assessmentTest: {
        testPart: { assessmentSection: { assessmentItemRef: { '@href': string }[] }[] };
      };
    };
    const refs = assessmentTest.testPart.assessmentSection.flatMap((s) =>
      s.assessmentItemRef.map((r) => r['@href']),
    );
    expect(refs.sort()).toEqual([...itemPaths].sort());
  });

  it('uses only NCNames for identifiers, however odd the ids', () => {
    const items = [trickyItem(), sortBoard(), oddOneOut(), itemById(TWO_TIER_ID)];
    for (const [path, xml] of files(items)) {
      parseXml(xml);
      for (const [, name, value] of xml.matchAll(
        /\s(identifier|identifierref|responseIdentifier|outcomeIdentifier|mapKey)="([^"]*)"/g,
      )) {
        for (const part of name === 'mapKey' ? value!.split(' ') : [value!]) {
          expect(part, `${path}: ${name}`).toMatch(NCNAME);
        }
      }
    }
  });

  it('keys a single-best item to its best answer, maps accepted ones to 1, and shows each why-not', () => {
    const item = single();
    const { parsed, xml } = onlyItem(item);
    const texts = choiceTexts(xml, 'simpleChoice');
    const response = declaration(parsed, 'RESPONSE');
    expect(response['@cardinality']).toBe('single');
    expect(response.correctResponse.value.map((v) => texts.get(v))).toEqual([
      optionsOf(item).find((o) => o.id === item.answerKey.best)!.label,
    ]);
    const mapped = response.mapping!.mapEntry.map(
      (e) => [texts.get(e['@mapKey']), e['@mappedValue']] as const,
    );
    expect(new Map(mapped)).toEqual(
      new Map(
        [item.answerKey.best, ...item.answerKey.accepted].map((id) => [
          item.options.find((o) => o.id === id)!.label,
          '1',
        ]),
      ),
    );
    expect(parsed.responseProcessing['@template']).toMatch(/rptemplates\/map_response$/);
    const feedback = choiceTexts(xml, 'modalFeedback');
    expect(feedback.get('EXPLANATION')).toBe(
      `${item.teaching.explanation} Source: ${item.teaching.citation.text}`,
    );
    for (const [id, why] of Object.entries(item.teaching.whyNot)) {
      const identifier = [...texts].find(
        ([, label]) => label === item.options.find((o) => o.id === id)!.label,
      )![0];
      expect(feedback.get(identifier)).toBe(why);
    }
  });

  it('uses match_correct for a one-pick item with one right answer (odd one out)', () => {
    const item = oddOneOut();
    const { parsed, xml } = onlyItem(item);
    const texts = choiceTexts(xml, 'simpleChoice');
    const odd = item.scenarios.find((s) => s.id === item.answerKey.odd)!;
    expect(texts.get(declaration(parsed, 'RESPONSE').correctResponse.value[0]!)).toContain(
      odd.title,
    );
    expect(parsed.responseProcessing['@template']).toMatch(/rptemplates\/match_correct$/);
  });

  it("maps pick-every-one so that every set of ticks scores what Attaché's scorer gives", () => {
    const item = itemById(MANY_ID);
    const { parsed, xml } = onlyItem(item);
    expect(xml).toContain('maxChoices="0"');
    const texts = choiceTexts(xml, 'simpleChoice');
    const response = declaration(parsed, 'RESPONSE');
    expect(response['@cardinality']).toBe('multiple');
    if (item.kind !== 'classify-many') throw new Error('not many');
    expect(response.correctResponse.value.map((v) => texts.get(v)).sort()).toEqual(
      item.options
        .filter((o) => item.answerKey.applies.includes(o.id))
        .map((o) => o.label)
        .sort(),
    );
    const value = new Map(
      response.mapping!.mapEntry.map((e) => [texts.get(e['@mapKey']), Number(e['@mappedValue'])]),
    );
    const [lower, upper] = [response.mapping!['@lowerBound'], response.mapping!['@upperBound']].map(
      Number,
    );
    // QTI's mapResponse: the sum of the mapped values of what was ticked, within the bounds.
    const options = item.options;
    for (let mask = 1; mask < 1 << options.length; mask++) {
      const ticked = options.filter((_, i) => mask & (1 << i));
      const mapped = ticked.reduce((sum, o) => sum + (value.get(o.label) ?? 0), 0);
      const score = scoreItem(item, { kind: 'many', choices: ticked.map((o) => o.id) });
      expect(Math.min(upper!, Math.max(lower!, mapped))).toBeCloseTo(
        score.status === 'scored' ? score.earned : NaN,
        6,
      );
    }
  });

  it('asks answer and reason as two interactions, half for the answer and all with the reason', () => {
    const item = itemById(TWO_TIER_ID);
    if (item.kind !== 'two-tier') throw new Error('not two-tier');
    const { parsed, xml } = onlyItem(item);
    const texts = choiceTexts(xml, 'simpleChoice');
    const label = (list: { id: string; label: string }[], id: string) =>
      list.find((o) => o.id === id)!.label;
    expect(texts.get(declaration(parsed, 'RESPONSE').correctResponse.value[0]!)).toBe(
      label(item.options, item.answerKey.best),
    );
    expect(texts.get(declaration(parsed, 'REASON').correctResponse.value[0]!)).toBe(
      label(item.reasons, item.answerKey.reason),
    );
    const condition = (
      parsed.responseProcessing as {
        responseCondition: {
          responseIf: { setOutcomeValue: { baseValue: { '#text': string } } };
          responseElseIf: { setOutcomeValue: { baseValue: { '#text': string } } };
        };
      }
    ).responseCondition;
    const both = scoreItem(item, {
      kind: 'two-tier',
      choice: item.answerKey.best,
      reason: item.answerKey.reason,
    });
    const answerOnly = scoreItem(item, {
      kind: 'two-tier',
      choice: item.answerKey.best,
      reason: item.reasons.find((r) => r.id !== item.answerKey.reason)!.id,
    });
    expect(Number(condition.responseIf.setOutcomeValue.baseValue['#text'])).toBe(
      both.status === 'scored' ? both.earned : NaN,
    );
    expect(Number(condition.responseElseIf.setOutcomeValue.baseValue['#text'])).toBe(
      answerOnly.status === 'scored' ? answerOnly.earned : NaN,
    );
    expect(parsed.responseProcessing['@template']).toBeUndefined();
  });

  it('matches each card of a board to its category, one point each, accepted ones mapped too', () => {
    const board = sortBoard();
    const { parsed, xml } = onlyItem(board);
    const texts = choiceTexts(xml, 'simpleAssociableChoice');
    const response = declaration(parsed, 'RESPONSE');
    expect(response['@baseType']).toBe('directedPair');
    expect(response.mapping!['@upperBound']).toBe(String(board.scenarios.length));
    const bucket = (id: string) => board.buckets.find((b) => b.id === id)!.label;
    const correct = response.correctResponse.value.map((v) =>
      v.split(' ').map((p) => texts.get(p)!),
    );
    expect(correct).toHaveLength(board.scenarios.length);
    for (const scenario of board.scenarios) {
      const pair = correct.find(([card]) => card!.includes(scenario.title))!;
      expect(pair[1]).toBe(bucket(board.answerKey.placements[scenario.id]!.best));
    }
    const mapped = response.mapping!.mapEntry.length;
    const accepted = Object.values(board.answerKey.placements).reduce(
      (n, p) => n + 1 + p.accepted.length,
      0,
    );
    expect(mapped).toBe(accepted);
  });

  it('keeps "]]>", "&", "<", quotes and text beyond the BMP intact', () => {
    const item = trickyItem();
    const { parsed, xml } = onlyItem(item);
    expect(parsed['@identifier']).toMatch(NCNAME);
    expect(xml).toContain(`title="Title Tricky ]]&gt; &amp; &lt;b&gt;&quot;bold&quot;`);
    expect(textOfHtml(xml.match(/<itemBody>(.*)<choiceInteraction/s)![1]!)).toContain(
      `Question ${TRICKY}`,
    );
    expect([...choiceTexts(xml, 'simpleChoice').values()]).toContain(`[Wrong] ${TRICKY}`);
  });
});
