'use client';

import { QuestionForm } from '@/components/ui/QuestionForm';
import {
  DndContext,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { CSS as DndCss } from '@dnd-kit/utilities';
import { useEffect, useId, useRef, useState } from 'react';
import type { Certainty } from '@/lib/items/response';
import type { PlacementResult } from '@/lib/items/score';
import { CertaintyPicker } from '../CertaintyPicker';
import { SubmitRow } from '../SubmitRow';
import styles from '../sort.module.css';
import type { QuestionProps } from './types';

const TRAY = 'tray';

type Placements = Readonly<Record<string, string>>;

/**
 * Several scenarios to place on a framework's categories, three ways, each in a few moves:
 * - tap (or click) a card: the categories open right under it; tap one;
 * - drag a card onto a category (mouse, or a long press on a touch screen);
 * - keyboard: the cards are one tab stop (arrow keys move between them); Space or Enter picks
 *   one up, the arrow keys choose a category, Space or Enter drops it there, Escape cancels.
 */
export function SortBoard({
  item,
  given,
  draft,
  score,
  certaintyBased,
  submitLabel,
  onDraft,
  onSubmit,
  announce,
  titleRef,
}: QuestionProps<'sort'>) {
  const instructionsId = useId();
  const answered = given?.kind === 'sort' ? given : undefined;
  const inProgress = draft?.kind === 'sort' ? draft : undefined;
  const locked = answered !== undefined;
  const placements: Placements = answered?.placements ?? inProgress?.placements ?? {};
  const certainty: Readonly<Record<string, Certainty>> =
    answered?.certainty ?? inProgress?.certainty ?? {};
  const results = score?.detail.kind === 'placements' ? score.detail.scenarios : undefined;
  const [picked, setPicked] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const boardRef = useRef<HTMLFormElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);

  const title = (id: UniqueIdentifier) =>
    item.scenarios.find((s) => s.id === id)?.title ?? String(id);
  const bucketLabel = (id: UniqueIdentifier) =>
    id === TRAY
      ? 'the cards still to place'
      : (item.buckets.find((b) => b.id === id)?.label ?? String(id));
  const unplaced = item.scenarios.filter((s) => placements[s.id] === undefined);
  // Reading order of the cards on screen: the tray first, then each category's.
  const order = [
    ...unplaced.map((s) => s.id),
    ...item.buckets.flatMap((b) =>
      item.scenarios.filter((s) => placements[s.id] === b.id).map((s) => s.id),
    ),
  ];
  const tabStop = focusId !== undefined && order.includes(focusId) ? focusId : order[0];

  // Focus moves only after the board has re-rendered with the card in its new place.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    const selector =
      target === 'submit' ? 'button[type="submit"]' : `[data-focus-key="${CSS.escape(target)}"]`;
    boardRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });
  const focusLater = (key: string) => {
    pendingFocus.current = key;
    if (!key.startsWith('place:') && key !== 'submit') setFocusId(key);
  };

  const save = (next: Placements, nextCertainty: Readonly<Record<string, Certainty>>) => {
    setProblem(undefined);
    onDraft({
      kind: 'sort',
      placements: { ...next },
      ...(certaintyBased ? { certainty: { ...nextCertainty } } : {}),
    });
  };

  /** Places a card (or puts it back in the tray); returns how many are still to place. */
  const place = (cardId: string, bucketId: string): number => {
    const { [cardId]: _old, ...rest } = placements;
    const next = bucketId === TRAY ? rest : { ...rest, [cardId]: bucketId };
    save(next, certainty);
    setPicked(undefined);
    return item.scenarios.length - Object.keys(next).length;
  };

  const placeFromChooser = (cardId: string, bucketId: string) => {
    const left = place(cardId, bucketId);
    announce(
      bucketId === TRAY
        ? `${title(cardId)} is back with the cards to place. ${left} left to place.`
        : `${title(cardId)} placed in ${bucketLabel(bucketId)}. ${left} left to place.`,
    );
    const nextCard = unplaced.find((s) => s.id !== cardId);
    focusLater(
      bucketId === TRAY ? cardId : nextCard ? nextCard.id : left === 0 ? 'submit' : cardId,
    );
  };

  const cancel = (cardId: string) => {
    setPicked(undefined);
    announce(`Moving cancelled. ${title(cardId)} stays where it was.`);
    focusLater(cardId);
  };

  const chooserTargets = (cardId: string) => [
    ...item.buckets.filter((b) => b.id !== placements[cardId]).map((b) => b.id),
    ...(placements[cardId] === undefined ? [] : [TRAY]),
  ];

  const onCardKey = (cardId: string) => (event: React.KeyboardEvent) => {
    const key = event.key;
    const at = order.indexOf(cardId);
    const moveTo = (index: number) => {
      event.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, index))];
      if (next === undefined) return;
      setFocusId(next);
      boardRef.current
        ?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(next)}"]`)
        ?.focus();
    };
    if (picked === cardId) {
      const targets = chooserTargets(cardId);
      if (key === 'ArrowDown' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowLeft') {
        event.preventDefault();
        const forward = key === 'ArrowDown' || key === 'ArrowRight';
        const target = forward ? targets[0] : targets.at(-1);
        if (target === undefined) return;
        announce(`${title(cardId)} is over ${bucketLabel(target)}.`);
        boardRef.current
          ?.querySelector<HTMLElement>(`[data-focus-key="place:${CSS.escape(target)}"]`)
          ?.focus();
      } else if (key === 'Escape' || key === ' ' || key === 'Enter') {
        event.preventDefault();
        cancel(cardId);
      }
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowRight') moveTo(at + 1);
    else if (key === 'ArrowUp' || key === 'ArrowLeft') moveTo(at - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(order.length - 1);
    else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      setPicked(cardId);
      setFocusId(cardId);
      announce(
        `Picked up ${title(cardId)}. Use the arrow keys to choose a category, Space or Enter to drop it there, Escape to cancel.`,
      );
    }
  };

  const onChooserKey = (cardId: string, target: string) => (event: React.KeyboardEvent) => {
    const targets = chooserTargets(cardId);
    const at = targets.indexOf(target);
    const key = event.key;
    if (key === 'Escape') {
      event.preventDefault();
      cancel(cardId);
      return;
    }
    const step =
      key === 'ArrowDown' || key === 'ArrowRight'
        ? 1
        : key === 'ArrowUp' || key === 'ArrowLeft'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = targets[(at + step + targets.length) % targets.length]!;
    announce(`${title(cardId)} is over ${bucketLabel(next)}.`);
    boardRef.current
      ?.querySelector<HTMLElement>(`[data-focus-key="place:${CSS.escape(next)}"]`)
      ?.focus();
  };

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A long press starts a drag on touch screens, so a swipe still scrolls and a tap still opens.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${title(active.id)} is over ${bucketLabel(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id)} dropped in ${bucketLabel(over.id)}.`
        : `${title(active.id)} was not moved.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${title(active.id)} stays where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || locked) return;
    const cardId = String(active.id);
    if ((placements[cardId] ?? TRAY) === over.id) return;
    place(cardId, String(over.id));
  };

  const card = (cardId: string) => {
    const scenario = item.scenarios.find((s) => s.id === cardId)!;
    return (
      <Card
        key={cardId}
        id={cardId}
        title={scenario.title}
        text={scenario.text}
        locked={locked}
        open={picked === cardId}
        tabbable={tabStop === cardId}
        instructionsId={instructionsId}
        result={results?.find((r) => r.scenarioId === cardId)}
        bucketLabel={bucketLabel}
        onToggle={() => {
          const opening = picked !== cardId;
          setPicked(opening ? cardId : undefined);
          setFocusId(cardId);
          if (opening) announce(`Selected ${title(cardId)}. Now choose its category.`);
        }}
        onKeyDown={onCardKey(cardId)}
        chooser={
          picked === cardId && !locked ? (
            <div
              className={styles.chooser}
              role="group"
              aria-label={`Place “${scenario.title}” in`}
            >
              {chooserTargets(cardId).map((target, index) => (
                <button
                  key={target}
                  type="button"
                  className={`button button-secondary ${styles.place}`}
                  data-focus-key={`place:${target}`}
                  tabIndex={index === 0 ? 0 : -1}
                  aria-label={
                    target === TRAY
                      ? 'Back to the cards to place'
                      : `Place here in ${bucketLabel(target)}`
                  }
                  onKeyDown={onChooserKey(cardId, target)}
                  onClick={() => placeFromChooser(cardId, target)}
                >
                  {target === TRAY ? 'Back to the cards to place' : bucketLabel(target)}
                </button>
              ))}
            </div>
          ) : null
        }
        certaintyPicker={
          certaintyBased && placements[cardId] !== undefined ? (
            <CertaintyPicker
              compact
              legend="How sure?"
              value={certainty[cardId]}
              disabled={locked}
              onChange={(level) => save(placements, { ...certainty, [cardId]: level })}
            />
          ) : null
        }
      />
    );
  };

  return (
    <QuestionForm
      ref={boardRef}
      className={styles.board}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        const missing = item.scenarios.length - Object.keys(placements).length;
        if (missing > 0) return setProblem(`Place every card first (${missing} still to place).`);
        if (certaintyBased && item.scenarios.some((s) => certainty[s.id] === undefined)) {
          return setProblem('Say how sure you are for every card.');
        }
        onSubmit({ kind: 'sort', placements, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <h2 className={styles.instruction} ref={titleRef} tabIndex={-1}>
        {item.question}
      </h2>
      {locked ? null : (
        <p id={instructionsId} className={styles.help}>
          Tap a card to choose its category, or drag it. Keyboard: the arrow keys move between
          cards; Space or Enter picks one up, the arrow keys choose a category, Space or Enter drops
          it, Escape cancels.
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={pointerThenRect}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable: 'Press Space or Enter to pick up this card and choose its category.',
          },
        }}
      >
        {locked ? null : (
          <DropZone id={TRAY} label={`To place (${unplaced.length})`} className={styles.tray}>
            {unplaced.length === 0 ? (
              <p className={styles.empty}>Every card is placed. Check your answer below.</p>
            ) : (
              <ul className={styles.cards}>{unplaced.map((s) => card(s.id))}</ul>
            )}
          </DropZone>
        )}
        <div className={styles.buckets}>
          {item.buckets.map((bucket) => {
            const here = item.scenarios.filter((s) => placements[s.id] === bucket.id);
            return (
              <DropZone
                key={bucket.id}
                id={bucket.id}
                label={bucket.label}
                className={styles.bucket}
              >
                {here.length > 0 ? (
                  <ul className={styles.cards}>{here.map((s) => card(s.id))}</ul>
                ) : (
                  <p className={styles.empty}>No card yet.</p>
                )}
              </DropZone>
            );
          })}
        </div>
      </DndContext>
      {locked ? null : <SubmitRow problem={problem} label={submitLabel} />}
    </QuestionForm>
  );
}

function DropZone({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  const headingId = useId();
  return (
    <section
      ref={setNodeRef}
      className={className}
      data-over={isOver}
      data-zone={id}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className={styles.zoneTitle}>
        {label}
      </h3>
      {children}
    </section>
  );
}

type CardProps = {
  id: string;
  title: string;
  text: string;
  locked: boolean;
  /** The categories are open under this card. */
  open: boolean;
  /** The board's one tab stop among its cards. */
  tabbable: boolean;
  instructionsId: string;
  result?: PlacementResult;
  bucketLabel: (id: string) => string;
  onToggle: () => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  chooser: React.ReactNode;
  certaintyPicker: React.ReactNode;
};

function Card({
  id,
  title,
  text,
  locked,
  open,
  tabbable,
  instructionsId,
  result,
  bucketLabel,
  onToggle,
  onKeyDown,
  chooser,
  certaintyPicker,
}: CardProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id,
    disabled: locked,
    attributes: { roleDescription: 'card to sort' },
  });
  const tone = result ? (result.verdict === 'wrong' ? 'wrong' : 'right') : undefined;
  return (
    <li
      ref={setNodeRef}
      className={styles.card}
      data-selected={open}
      data-dragging={isDragging}
      data-result={tone}
      style={{ transform: DndCss.Translate.toString(transform) }}
    >
      {locked ? (
        <p className={styles.cardTitle}>{title}</p>
      ) : (
        <button
          type="button"
          className={styles.cardButton}
          {...attributes}
          {...listeners}
          tabIndex={tabbable ? 0 : -1}
          data-focus-key={id}
          aria-expanded={open}
          aria-describedby={instructionsId}
          onClick={onToggle}
          onKeyDown={onKeyDown}
        >
          {title}
        </button>
      )}
      {open ? (
        <p className={styles.caseText}>{text}</p>
      ) : (
        <details className={styles.details}>
          {/* Only the card holding the tab stop keeps its "Read the case" in the tab order, so
              Tab leaves the cards instead of stopping at every one of them; once answered there
              is no tab stop among the cards, and every case is a Tab away again. */}
          <summary tabIndex={locked || tabbable ? undefined : -1}>Read the case</summary>
          <p>{text}</p>
        </details>
      )}
      {chooser}
      {result ? (
        <p className={styles.result}>
          {result.verdict === 'correct'
            ? '✓ Right'
            : result.verdict === 'accepted'
              ? '✓ Accepted'
              : `✗ Belongs in: ${bucketLabel(result.key)}`}
        </p>
      ) : null}
      {certaintyPicker}
    </li>
  );
}

const pointerThenRect: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};
