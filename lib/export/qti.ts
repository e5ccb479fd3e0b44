/**
 * A QTI 2.1 content package: an IMS CP manifest, one assessmentItem per item and an
 * assessmentTest listing them, as files for a server helper to zip. Single-best items and odd
 * one out are a `choiceInteraction` with `maxChoices="1"`, pick-every-one `maxChoices="0"` with
 * a mapping for partial credit, a board a `matchInteraction` with a mapping worth one per card,
 * answer and reason two `choiceInteraction`s marked by rules of their own. Each item's
 * `modalFeedback` shows the explanation and the "why not" of what was picked.
 *
 * Scoring uses the standard templates where they fit (match_correct, map_response); the same
 * rules are written out in the item too, followed by the one that sets FEEDBACK, because the
 * templates set no feedback. QTI prefers an item's own rules when both are given, and a system
 * that runs only the named template still scores the same.
 */
import type { Item } from '../items/schema';
import {
  decimal,
  escapeXml,
  identifierMaker,
  questionsByFramework,
  type Choice,
  type ChoiceQuestion,
  type ExportFramework,
  type MatchQuestion,
  type Question,
  type TiersQuestion,
} from './interchange';

export type QtiFile = { path: string; content: string };
export type QtiExport = { files: QtiFile[] };

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd';
const TEMPLATES = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const TEST_PATH = 'assessment.xml';

/** The outcome that names which feedback shows: the explanation and whatever was picked. */
const EXPLANATION = 'EXPLANATION';

const float = (value: number) => `<baseValue baseType="float">${decimal(value)}</baseValue>`;
const setScore = (expression: string) =>
  `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;

/** The match_correct template's rule, as the template states it. */
const MATCH_CORRECT = [
  '<responseCondition>',
  `<responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore(float(1))}</responseIf>`,
  `<responseElse>${setScore(float(0))}</responseElse>`,
  '</responseCondition>',
].join('');

/** The map_response template's rule, as the template states it. */
const MAP_RESPONSE = [
  '<responseCondition>',
  `<responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>`,
  `<responseElse>${setScore('<mapResponse identifier="RESPONSE"/>')}</responseElse>`,
  '</responseCondition>',
].join('');

/** FEEDBACK: the explanation always, and the feedback of the chosen identifiers (NULLs drop out). */
function setFeedback(responses: readonly string[]): string {
  const chosen = responses.map((r) => `<variable identifier="${r}"/>`).join('');
  return `<setOutcomeValue identifier="FEEDBACK"><multiple><baseValue baseType="identifier">${EXPLANATION}</baseValue>${chosen}</multiple></setOutcomeValue>`;
}

function outcomes(maxScore: number): string[] {
  return [
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${decimal(maxScore)}</value></defaultValue></outcomeDeclaration>`,
    '<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>',
  ];
}

function modalFeedback(identifier: string, html: string, title?: string): string {
  const titled = title === undefined ? '' : ` title="${escapeXml(title)}"`;
  return `<modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="${identifier}"${titled}>${html}</modalFeedback>`;
}

function choiceFeedback(choices: readonly Choice[], id: (optionId: string) => string): string[] {
  return choices.flatMap((c) => (c.feedback ? [modalFeedback(id(c.id), c.feedback, c.label)] : []));
}

type Body = {
  declarations: string[];
  body: string;
  processing: string;
  feedback: string[];
  maxScore: number;
};

function choiceItem(question: ChoiceQuestion): Body {
  const id = identifierMaker('C_');
  const right = question.choices.filter((c) => c.credit > 0);
  const choices = question.choices
    .map((c) => `<simpleChoice identifier="${id(c.id)}">${c.html}</simpleChoice>`)
    .join('');
  // One pick with one right answer is match_correct; anything else needs credits: map_response.
  const mapped = !question.single || right.length > 1;
  const mapping = mapped
    ? `<mapping defaultValue="0" lowerBound="0" upperBound="1">${question.choices
        .filter((c) => c.credit !== 0)
        .map((c) => `<mapEntry mapKey="${id(c.id)}" mappedValue="${decimal(c.credit)}"/>`)
        .join('')}</mapping>`
    : '';
  const correct = question.correct.map((c) => `<value>${id(c)}</value>`).join('');
  return {
    declarations: [
      `<responseDeclaration identifier="RESPONSE" cardinality="${question.single ? 'single' : 'multiple'}" baseType="identifier"><correctResponse>${correct}</correctResponse>${mapping}</responseDeclaration>`,
    ],
    body: `${question.stem}<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${question.single ? 1 : 0}" minChoices="1">${choices}</choiceInteraction>`,
    processing: `<responseProcessing template="${TEMPLATES}/${mapped ? 'map_response' : 'match_correct'}">${mapped ? MAP_RESPONSE : MATCH_CORRECT}${setFeedback(['RESPONSE'])}</responseProcessing>`,
    feedback: choiceFeedback(question.choices, id),
    maxScore: 1,
  };
}

/**
 * Two interactions, and rules of our own (no template marks two responses): the answer's credit
 * when the answer is one that counts, all of it when the reason is right too, nothing otherwise.
 */
function tiersItem(question: TiersQuestion): Body {
  const answerId = identifierMaker('A_');
  const reasonId = identifierMaker('R_');
  const interaction = (
    response: string,
    prompt: string,
    choices: Choice[],
    id: (s: string) => string,
  ) =>
    `<choiceInteraction responseIdentifier="${response}" shuffle="true" maxChoices="1" minChoices="1"><prompt>${escapeXml(prompt)}</prompt>${choices
      .map((c) => `<simpleChoice identifier="${id(c.id)}">${c.html}</simpleChoice>`)
      .join('')}</choiceInteraction>`;
  const rightAnswers = `<multiple>${question.answer.right
    .map((r) => `<baseValue baseType="identifier">${answerId(r)}</baseValue>`)
    .join('')}</multiple>`;
  const answerRight = `<member><variable identifier="RESPONSE"/>${rightAnswers}</member>`;
  const reasonRight =
    '<match><variable identifier="REASON"/><correct identifier="REASON"/></match>';
  return {
    declarations: [
      `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${answerId(question.answer.right[0] ?? '')}</value></correctResponse></responseDeclaration>`,
      `<responseDeclaration identifier="REASON" cardinality="single" baseType="identifier"><correctResponse><value>${reasonId(question.reason.right[0] ?? '')}</value></correctResponse></responseDeclaration>`,
    ],
    body: `${question.stem}${interaction('RESPONSE', question.answer.prompt, question.answer.choices, answerId)}${interaction('REASON', question.reason.prompt, question.reason.choices, reasonId)}`,
    processing: [
      '<responseProcessing><responseCondition>',
      `<responseIf><and>${answerRight}${reasonRight}</and>${setScore(float(question.credit.both))}</responseIf>`,
      `<responseElseIf>${answerRight}${setScore(float(question.credit.answer))}</responseElseIf>`,
      `<responseElse>${setScore(float(0))}</responseElse>`,
      `</responseCondition>${setFeedback(['RESPONSE', 'REASON'])}</responseProcessing>`,
    ].join(''),
    feedback: [
      ...choiceFeedback(question.answer.choices, answerId),
      ...choiceFeedback(question.reason.choices, reasonId),
    ],
    maxScore: question.credit.both,
  };
}

/** A board: each card (a source) to one category (a target), one point per card placed right. */
function matchItem(question: MatchQuestion): Body {
  const cardId = identifierMaker('S_');
  const bucketId = identifierMaker('T_');
  const pair = (card: string, bucket: string) => `${cardId(card)} ${bucketId(bucket)}`;
  const cards = question.rows
    .map(
      (r) =>
        `<simpleAssociableChoice identifier="${cardId(r.id)}" matchMax="1">${r.html}</simpleAssociableChoice>`,
    )
    .join('');
  const buckets = question.targets
    .map(
      (t) =>
        `<simpleAssociableChoice identifier="${bucketId(t.id)}" matchMax="0">${escapeXml(t.label)}</simpleAssociableChoice>`,
    )
    .join('');
  const n = question.rows.length;
  const correct = question.rows
    .map((r) => `<value>${pair(r.id, r.right[0] ?? '')}</value>`)
    .join('');
  const entries = question.rows
    .flatMap((r) => r.right.map((b) => `<mapEntry mapKey="${pair(r.id, b)}" mappedValue="1"/>`))
    .join('');
  return {
    declarations: [
      `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${correct}</correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="${n}">${entries}</mapping></responseDeclaration>`,
    ],
    body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${n}" minAssociations="${n}"><prompt>${escapeXml(question.prompt)}</prompt><simpleMatchSet>${cards}</simpleMatchSet><simpleMatchSet>${buckets}</simpleMatchSet></matchInteraction>`,
    processing: `<responseProcessing template="${TEMPLATES}/map_response">${MAP_RESPONSE}${setFeedback([])}</responseProcessing>`,
    feedback: [],
    maxScore: n,
  };
}

function bodyOf(question: Question): Body {
  switch (question.form) {
    case 'choice':
      return choiceItem(question);
    case 'tiers':
      return tiersItem(question);
    case 'match':
      return matchItem(question);
  }
}

function itemXml(question: Question, identifier: string): string {
  const { declarations, body, processing, feedback, maxScore } = bodyOf(question);
  return [
    XML_DECLARATION,
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${identifier}" title="${escapeXml(question.name)}" adaptive="false" timeDependent="false">`,
    ...declarations,
    ...outcomes(maxScore),
    `<itemBody>${body}</itemBody>`,
    processing,
    modalFeedback(EXPLANATION, question.generalFeedback, 'Explanation'),
    ...feedback,
    '</assessmentItem>',
    '',
  ].join('\n');
}

function manifestXml(items: readonly ItemFile[], testPath: string): string {
  const resource = (identifier: string, type: string, href: string, dependencies: string[] = []) =>
    [
      `    <resource identifier="RES-${identifier}" type="${type}" href="${href}">`,
      `      <file href="${href}"/>`,
      ...dependencies.map((d) => `      <dependency identifierref="RES-${d}"/>`),
      '    </resource>',
    ].join('\n');
  return [
    XML_DECLARATION,
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="MANIFEST-attache">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    resource(
      'attache-test',
      'imsqti_test_xmlv2p1',
      testPath,
      items.map((i) => i.identifier),
    ),
    ...items.map((i) => resource(i.identifier, 'imsqti_item_xmlv2p1', i.path)),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

type ItemFile = { identifier: string; path: string };
type Section = { identifier: string; title: string; items: ItemFile[] };

function testXml(sections: readonly Section[]): string {
  return [
    XML_DECLARATION,
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="attache-test" title="Attaché items">`,
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">',
    ...sections.flatMap((s) => [
      `    <assessmentSection identifier="${s.identifier}" title="${escapeXml(s.title)}" visible="true">`,
      ...s.items.map(
        (i) => `      <assessmentItemRef identifier="${i.identifier}" href="${i.path}"/>`,
      ),
      '    </assessmentSection>',
    ]),
    '  </testPart>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

/** The items as the files of a QTI 2.1 package, a test section per framework. */
export function toQti(items: readonly Item[], frameworks: readonly ExportFramework[]): QtiExport {
  const itemId = identifierMaker('item-');
  const sectionId = identifierMaker('section-');
  const files: QtiFile[] = [];
  const sections: Section[] = questionsByFramework(items, frameworks).map(
    ({ framework, questions }) => ({
      identifier: sectionId(framework.id),
      title: framework.label,
      items: questions.map((question) => {
        const identifier = itemId(question.itemId);
        const path = `items/${identifier}.xml`;
        files.push({ path, content: itemXml(question, identifier) });
        return { identifier, path };
      }),
    }),
  );
  return {
    files: [
      {
        path: 'imsmanifest.xml',
        content: manifestXml(
          sections.flatMap((s) => s.items),
          TEST_PATH,
        ),
      },
      { path: TEST_PATH, content: testXml(sections) },
      ...files,
    ],
  };
}
