'use client';

import Link from 'next/link';
import { createContext, useContext } from 'react';
import type { ChoiceItem, Item, ManyItem, SortItem, Teaching, TwoTierItem } from '@/lib/bank/items';
import type { Response } from '@/lib/scoring/responses';
import type { Score, Scored } from '@/lib/scoring/types';
import { conceptHref } from '../links';
import { CERTAINTY_LABEL } from './CertaintyPicker';
import styles from './quiz.module.css';

export function resultHeadline(score: Score, item?: Item): string {
  if (score.status !== 'scored') return 'Not answered';
  if (score.detail?.kind === 'two-tier' && score.detail.answerRight && !score.detail.reasonRight) {
    return '◐ Right answer, wrong reason';
  }
  if (item?.kind === 'sort' && score.status === 'scored') {
    const right = score.judgements.filter((j) => j.credit >= 1).length;
    return `${right === score.judgements.length ? '✓' : right === 0 ? '✗' : '◐'} ${right} of ${score.judgements.length} cards right`;
  }
  switch (score.outcome) {
    case 'correct':
      return '✓ Correct';
    case 'accepted':
      return '✓ Accepted';
    case 'partial':
      return '◐ Partly right';
    case 'wrong':
      return '✗ Not quite';
  }
}

export function resultTone(score: Score): 'right' | 'wrong' | 'partial' {
  if (score.status !== 'scored' || score.outcome === 'wrong') return 'wrong';
  return score.outcome === 'partial' ? 'partial' : 'right';
}

const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : '0');
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

type Props = {
  item: Item;
  response: Response;
  score: Score;
  certaintyBased?: boolean;
  children?: React.ReactNode;
  /** In the summary's list of missed items: a plain block under the item's own heading, not a region. */
  inList?: boolean;
};

/** Feedback under a question (h2 verdict, h3 parts) or nested under an h4 in the summary (h5 parts). */
const NestedInList = createContext(false);

function SubHeading({ className, children }: { className?: string; children: React.ReactNode }) {
  const Heading = useContext(NestedInList) ? 'h5' : 'h3';
  return <Heading className={className}>{children}</Heading>;
}

/** What the learner reads after answering: verdict, the key, why, why not, the source. */
export function ItemFeedback({ item, response, score, certaintyBased, children, inList }: Props) {
  const headingId = `${item.id}-feedback`;
  const Wrapper = inList ? 'div' : 'section';
  const Verdict = inList ? 'p' : 'h2';
  return (
    <NestedInList.Provider value={inList ?? false}>
      <Wrapper
        className={styles.feedback}
        data-tone={resultTone(score)}
        aria-labelledby={inList ? undefined : headingId}
      >
        <Verdict id={headingId} className={styles.verdict}>
          {resultHeadline(score, item)}
        </Verdict>
        {certaintyBased && score.status === 'scored' ? (
          <MarkLine score={score} response={response} />
        ) : null}
        {body(item, response, score)}
        {item.kind === 'sort' ? null : <CompareWith item={item} />}
        {children}
      </Wrapper>
    </NestedInList.Provider>
  );
}

function MarkLine({ score, response }: { score: Scored; response: Response }) {
  const level = response.kind === 'sort' ? undefined : response.certainty;
  return (
    <p className={styles.markLine}>
      <strong>Mark:</strong> {signed(score.earned)} of {score.max}
      {level ? ` (${CERTAINTY_LABEL[level].toLowerCase()})` : ''}
    </p>
  );
}

function body(item: Item, response: Response, score: Score) {
  switch (item.kind) {
    case 'classify':
    case 'distinguish':
    case 'attribute':
      return response.kind === 'choice' ? (
        <ChoiceBody item={item} given={response.choice} score={score} />
      ) : null;
    case 'classify-many':
      return response.kind === 'many' ? <ManyBody item={item} given={response.choices} /> : null;
    case 'two-tier':
      return response.kind === 'two-tier' ? <TwoTierBody item={item} response={response} /> : null;
    case 'sort':
      return response.kind === 'sort' ? (
        <SortBody item={item} placements={response.placements} />
      ) : null;
  }
}

function labelIn(options: readonly { id: string; label: string }[], id: string): string {
  return options.find((o) => o.id === id)?.label ?? id;
}

function ChoiceBody({ item, given, score }: { item: ChoiceItem; given: string; score: Score }) {
  const label = (id: string) => labelIn(item.options, id);
  const outcome = score.status === 'scored' ? score.outcome : 'wrong';
  return (
    <>
      <p>
        <strong>{outcome === 'accepted' ? 'Best answer' : 'Answer'}:</strong>{' '}
        {label(item.answer.key)}
      </p>
      <p>{item.teaching.explanation}</p>
      {outcome === 'accepted' && item.teaching.alsoFits[given] ? (
        <>
          <SubHeading>Why “{label(given)}” is accepted too</SubHeading>
          <p>{item.teaching.alsoFits[given]}</p>
        </>
      ) : null}
      {outcome === 'wrong' && item.teaching.whyNot[given] ? (
        <>
          <SubHeading>Why not “{label(given)}”?</SubHeading>
          <p>{item.teaching.whyNot[given]}</p>
        </>
      ) : null}
      <Source teaching={item.teaching} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={outcome === 'wrong' ? [item.answer.key, given] : [item.answer.key]}
        label={label}
      />
    </>
  );
}

function ManyBody({ item, given }: { item: ManyItem; given: readonly string[] }) {
  const label = (id: string) => labelIn(item.options, id);
  const picked = new Set(given);
  const keys = item.answer.keys;
  const missed = keys.filter((id) => !picked.has(id));
  const wrongPicks = given.filter((id) => !keys.includes(id));
  return (
    <>
      <p>
        <strong>
          {keys.length === 1 ? 'It plays one role' : `All ${keys.length} that apply`}:
        </strong>{' '}
        {keys.map(label).join('; ')}
      </p>
      <p>{item.teaching.explanation}</p>
      <ul className={styles.marks}>
        {keys.map((id) => (
          <li key={id} data-tone={picked.has(id) ? 'right' : 'wrong'}>
            <strong>{picked.has(id) ? '✓ Ticked, applies' : '✗ Missed, applies'}:</strong>{' '}
            {label(id)}
            {id !== item.answer.primary && item.teaching.alsoFits[id] ? (
              <> — {item.teaching.alsoFits[id]}</>
            ) : null}
          </li>
        ))}
        {wrongPicks.map((id) => (
          <li key={id} data-tone="wrong">
            <strong>✗ Ticked, does not apply:</strong> {label(id)} —{' '}
            {item.teaching.whyNot[id] ?? item.teaching.alsoFits[id]}
          </li>
        ))}
      </ul>
      {missed.length === 0 && wrongPicks.length === 0 ? null : (
        <p className="muted">
          Each role that applies earns a share of the point; each wrongly ticked one takes a share
          away (never below 0).
        </p>
      )}
      <Source teaching={item.teaching} />
      <LearnLinks frameworkId={item.frameworkId} ids={[...keys, ...wrongPicks]} label={label} />
    </>
  );
}

function TwoTierBody({
  item,
  response,
}: {
  item: TwoTierItem;
  response: Extract<Response, { kind: 'two-tier' }>;
}) {
  const label = (id: string) => labelIn(item.options, id);
  const reason = (id: string) => labelIn(item.reasons, id);
  const answerRight =
    response.choice === item.answer.key || item.answer.accepted.includes(response.choice);
  const reasonRight = answerRight && response.reason === item.answer.reason;
  return (
    <>
      <dl className={styles.tiers}>
        <dt>1. Mode</dt>
        <dd>
          {answerRight ? '✓' : '✗'} {label(item.answer.key)}
          {answerRight ? '' : ` (you chose ${label(response.choice)})`}
        </dd>
        <dt>2. Reason</dt>
        <dd>
          {reasonRight ? '✓' : '✗'} {reason(item.answer.reason)}
          {response.reason === item.answer.reason ? '' : ` (you chose: ${reason(response.reason)})`}
        </dd>
      </dl>
      <p>{item.teaching.explanation}</p>
      {!answerRight && item.teaching.whyNot[response.choice] ? (
        <>
          <SubHeading>Why not “{label(response.choice)}”?</SubHeading>
          <p>{item.teaching.whyNot[response.choice]}</p>
        </>
      ) : null}
      {response.reason !== item.answer.reason ? (
        <>
          <SubHeading>About the reason you chose</SubHeading>
          <p>{item.teaching.reasonNotes[response.reason]}</p>
          <p>
            <strong>The reason:</strong> {item.teaching.reasonNotes[item.answer.reason]}
          </p>
        </>
      ) : null}
      <Source teaching={item.teaching} />
      <LearnLinks
        frameworkId={item.frameworkId}
        ids={answerRight ? [item.answer.key] : [item.answer.key, response.choice]}
        label={label}
        extra={{ href: '/concepts/criteria', label: 'The criteria' }}
      />
    </>
  );
}

function SortBody({
  item,
  placements,
}: {
  item: SortItem;
  placements: Readonly<Record<string, string>>;
}) {
  const label = (id: string) => labelIn(item.buckets, id);
  const wrong = item.cards.filter((card) => {
    const given = placements[card.id];
    return (
      given !== item.answer.keys[card.id] &&
      !(item.answer.accepted[card.id] ?? []).includes(given ?? '')
    );
  });
  const right = item.cards.filter((card) => !wrong.includes(card));
  return (
    <>
      {wrong.length > 0 ? (
        <>
          <SubHeading>Misplaced</SubHeading>
          <ul className={styles.sortNotes}>
            {wrong.map((card) => {
              const given = placements[card.id] ?? '';
              const key = item.answer.keys[card.id]!;
              const teaching = item.teaching.cards[card.id]!;
              return (
                <li key={card.id}>
                  <p className={styles.sortNoteTitle}>{card.stem.title}</p>
                  <p>
                    <strong>You placed it in:</strong> {label(given)}.{' '}
                    <strong>It belongs in:</strong> {label(key)}.
                  </p>
                  {teaching.whyNot[given] ? (
                    <p>
                      <strong>Why not “{label(given)}”:</strong> {teaching.whyNot[given]}
                    </p>
                  ) : null}
                  <p>{teaching.explanation}</p>
                  <p className={styles.citation}>
                    Source: <cite title={teaching.citation.full}>{teaching.citation.text}</cite> ·{' '}
                    <Link href={conceptHref(item.frameworkId, key)}>About {label(key)}</Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {right.length > 0 ? (
        <details className={styles.moreNotes}>
          <summary>
            Why the {right.length} right {right.length === 1 ? 'card is' : 'cards are'} right
          </summary>
          <ul className={styles.sortNotes}>
            {right.map((card) => (
              <li key={card.id}>
                <p className={styles.sortNoteTitle}>
                  {card.stem.title} → {label(item.answer.keys[card.id]!)}
                </p>
                <p>{item.teaching.cards[card.id]!.explanation}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** Contrast pairs: the same kind of case with one detail changed, and the category with it. */
function CompareWith({ item }: { item: Exclude<Item, SortItem> }) {
  if (item.stem.contrastWith.length === 0) return null;
  return (
    <div className={styles.learn}>
      <SubHeading className={styles.learnTitle}>Compare with</SubHeading>
      <p className="muted">One detail differs, and the answer changes with it.</p>
      <ul>
        {item.stem.contrastWith.map((other) => {
          const lens = other.lenses.includes(item.frameworkId) ? item.frameworkId : other.lenses[0];
          return lens ? (
            <li key={other.id}>
              <Link href={`/quiz?items=${other.id}.${lens}`}>{other.title}</Link>
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}

function Source({ teaching }: { teaching: Teaching }) {
  return (
    <p className={styles.citation}>
      Source: <cite title={teaching.citation.full}>{teaching.citation.text}</cite>
    </p>
  );
}

function LearnLinks({
  frameworkId,
  ids,
  label,
  extra,
}: {
  frameworkId: string;
  ids: readonly string[];
  label: (id: string) => string;
  extra?: { href: string; label: string };
}) {
  return (
    <div className={styles.learn}>
      <SubHeading className={styles.learnTitle}>Learn more</SubHeading>
      <ul>
        {[...new Set(ids)].map((id) => (
          <li key={id}>
            <Link href={conceptHref(frameworkId, id)}>{label(id)}</Link>
          </li>
        ))}
        {extra ? (
          <li>
            <Link href={extra.href}>{extra.label}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
