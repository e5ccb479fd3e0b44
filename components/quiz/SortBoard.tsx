'use client';

import {
  DndContext,
  KeyboardSensor,
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
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useId, useRef, useState } from 'react';
import type { PublicSortItem } from '@/lib/bank/public';
import type { Certainty, Response } from '@/lib/scoring/responses';
import { CertaintyPicker } from './CertaintyPicker';
import { SubmitRow } from './SubmitRow';
import styles from './sort.module.css';

type SortResponse = Extract<Response, { kind: 'sort' }>;

type Props = {
  item: Pick<PublicSortItem, 'id' | 'question' | 'buckets' | 'cards'>;
  given?: SortResponse;
  draft?: SortResponse;
  reveal?: {
    keys: Readonly<Record<string, string>>;
    accepted: Readonly<Record<string, readonly string[]>>;
  };
  certaintyBased?: boolean;
  onDraft: (response: SortResponse) => void;
  onSubmit: (response: Response) => void;
  /** Speaks through the quiz's live region (tap-to-place has no announcer of its own). */
  announce: (message: string) => void;
  titleRef?: React.Ref<HTMLHeadingElement>;
};

const TRAY = 'tray';

/**
 * Several scenarios to place on a framework's categories. Three ways to do it: drag and drop,
 * tap a card then "Place here", or the keyboard (Enter to select and place, or Space to pick
 * up, arrows to move between categories, Space to drop). Buckets stack at phone width.
 */
export function SortBoard({
  item,
  given,
  draft,
  reveal,
  certaintyBased,
  onDraft,
  onSubmit,
  announce,
  titleRef,
}: Props) {
  const instructionsId = useId();
  const locked = given !== undefined;
  // The draft lives in the persisted store, so a half-sorted board survives a reload.
  const placements: Readonly<Record<string, string>> = given?.placements ?? draft?.placements ?? {};
  const certainty: Readonly<Record<string, Certainty>> = given?.certainty ?? draft?.certainty ?? {};
  const [selected, setSelected] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const title = (cardId: UniqueIdentifier) =>
    item.cards.find((c) => c.id === cardId)?.stem.title ?? String(cardId);
  const bucketLabel = (bucketId: UniqueIdentifier) =>
    bucketId === TRAY
      ? 'the cards still to place'
      : (item.buckets.find((b) => b.id === bucketId)?.label ?? String(bucketId));

  const save = (
    nextPlacements: Record<string, string>,
    nextCertainty: Record<string, Certainty>,
  ) => {
    setProblem(undefined);
    onDraft({
      kind: 'sort',
      placements: nextPlacements,
      ...(certaintyBased ? { certainty: nextCertainty } : {}),
    });
  };

  const move = (cardId: string, bucketId: string) => {
    if (locked) return;
    const { [cardId]: _old, ...rest } = placements;
    const next = bucketId === TRAY ? rest : { ...rest, [cardId]: bucketId };
    save(next, certainty);
    setSelected(undefined);
    return Object.keys(next).length;
  };

  const boardRef = useRef<HTMLFormElement>(null);
  const focusAfterPlacing = useRef(false);
  // After "Place here" the button is gone; keep the keyboard user in the flow: next card, or Check.
  useEffect(() => {
    if (!focusAfterPlacing.current) return;
    focusAfterPlacing.current = false;
    const board = boardRef.current;
    const next =
      board?.querySelector<HTMLElement>(`[data-zone="${TRAY}"] [aria-roledescription]`) ??
      board?.querySelector<HTMLElement>('button[type="submit"]');
    next?.focus();
  });

  const keyboardZones = useKeyboardZones();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A long press starts a drag on touch screens, so a swipe still scrolls and a tap still selects.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
      coordinateGetter: keyboardZones.coordinateGetter,
    }),
  );

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${title(active.id)}. Use the arrow keys to move between categories, Space to drop it, Escape to cancel.`,
    // Silent over the zone the card starts in, so the pick-up instructions are not cut off.
    onDragOver: ({ active, over }) =>
      over?.id === (placements[String(active.id)] ?? TRAY)
        ? undefined
        : over
          ? `${title(active.id)} is over ${bucketLabel(over.id)}.`
          : `${title(active.id)} is not over a category.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id)} dropped in ${bucketLabel(over.id)}.`
        : `${title(active.id)} was not moved.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${title(active.id)} stays where it was.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    keyboardZones.reset();
    if (over) move(String(active.id), String(over.id));
  };

  const unplaced = item.cards.filter((card) => placements[card.id] === undefined);
  const cardProps = (cardId: string) => ({
    title: title(cardId),
    selected: selected === cardId,
    locked,
    certaintyBased,
    certainty: certainty[cardId],
    onCertainty: (level: Certainty) => save(placements, { ...certainty, [cardId]: level }),
    onSelect: () => {
      const next = selected === cardId ? undefined : cardId;
      setSelected(next);
      if (next) announce(`Selected ${title(cardId)}. Now choose Place here under a category.`);
    },
    instructionsId,
  });

  return (
    <form
      ref={boardRef}
      className={styles.board}
      onSubmit={(event) => {
        event.preventDefault();
        if (locked) return;
        const missing = item.cards.length - Object.keys(placements).length;
        if (missing > 0) return setProblem(`Place every card first (${missing} still to place).`);
        if (certaintyBased && item.cards.some((c) => certainty[c.id] === undefined)) {
          return setProblem('Say how sure you are for every card.');
        }
        onSubmit({ kind: 'sort', placements, ...(certaintyBased ? { certainty } : {}) });
      }}
    >
      <h2 className={styles.instruction} ref={titleRef} tabIndex={-1}>
        {item.question}
      </h2>
      <p id={instructionsId} className={styles.help}>
        Tap a card, then <strong>Place here</strong> under a category, or drag it. Keyboard: Enter
        selects a card and then Place here; or Space picks it up, the arrow keys move it, Space
        drops it.
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={keyboardZones.collisionDetection}
        onDragStart={keyboardZones.reset}
        onDragEnd={onDragEnd}
        onDragCancel={keyboardZones.reset}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'Press Space to pick up this card, the arrow keys to move it between categories, Space to drop.',
          },
        }}
      >
        {locked ? null : (
          <DropZone id={TRAY} label={`To place (${unplaced.length})`} className={styles.tray}>
            {unplaced.length === 0 ? (
              <p className={styles.empty}>Every card is placed. Check your answer below.</p>
            ) : (
              <ul className={styles.cards}>
                {unplaced.map((card) => (
                  <Card key={card.id} id={card.id} text={card.stem.text} {...cardProps(card.id)} />
                ))}
              </ul>
            )}
          </DropZone>
        )}
        <div className={styles.buckets}>
          {item.buckets.map((bucket) => {
            const here = item.cards.filter((card) => placements[card.id] === bucket.id);
            return (
              <DropZone
                key={bucket.id}
                id={bucket.id}
                label={bucket.label}
                className={styles.bucket}
              >
                {selected && !locked ? (
                  <button
                    type="button"
                    className={`button button-secondary ${styles.place}`}
                    aria-label={`Place here in ${bucket.label}`}
                    onClick={() => {
                      const placedCount = move(selected, bucket.id);
                      focusAfterPlacing.current = true;
                      announce(
                        `${title(selected)} placed in ${bucket.label}. ${item.cards.length - (placedCount ?? 0)} left to place.`,
                      );
                    }}
                  >
                    Place here
                  </button>
                ) : null}
                {here.length > 0 ? (
                  <ul className={styles.cards}>
                    {here.map((card) => (
                      <Card
                        key={card.id}
                        id={card.id}
                        text={card.stem.text}
                        {...cardProps(card.id)}
                        result={
                          reveal ? cardResult(card.id, bucket.id, reveal, item.buckets) : undefined
                        }
                      />
                    ))}
                  </ul>
                ) : null}
              </DropZone>
            );
          })}
        </div>
      </DndContext>
      {locked ? null : (
        <>
          {selected && placements[selected] ? (
            <button
              type="button"
              className={`button button-secondary button-block`}
              onClick={() => move(selected, TRAY)}
            >
              Put “{title(selected)}” back
            </button>
          ) : null}
          <SubmitRow problem={problem} />
        </>
      )}
    </form>
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
  const headingId = `zone-${id}`;
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
  selected: boolean;
  locked: boolean;
  certaintyBased?: boolean;
  certainty?: Certainty;
  onCertainty: (level: Certainty) => void;
  onSelect: () => void;
  instructionsId: string;
  result?: { tone: 'right' | 'wrong'; text: string };
};

function Card({
  id,
  title,
  text,
  selected,
  locked,
  certaintyBased,
  certainty,
  onCertainty,
  onSelect,
  instructionsId,
  result,
}: CardProps) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id,
    disabled: locked,
    attributes: { roleDescription: 'card to sort' },
  });
  return (
    <li
      ref={setNodeRef}
      className={styles.card}
      data-selected={selected}
      data-dragging={isDragging}
      data-result={result?.tone}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      {locked ? (
        <p className={styles.cardTitle}>{title}</p>
      ) : (
        <button
          type="button"
          className={styles.cardButton}
          {...attributes}
          {...listeners}
          aria-pressed={selected}
          aria-describedby={instructionsId}
          onClick={onSelect}
        >
          {title}
        </button>
      )}
      <details className={styles.details}>
        <summary>Read the case</summary>
        <p>{text}</p>
      </details>
      {result ? <p className={styles.result}>{result.text}</p> : null}
      {certaintyBased && (certainty !== undefined || !locked) ? (
        <CertaintyPicker
          compact
          legend="How sure?"
          value={certainty}
          disabled={locked}
          onChange={onCertainty}
        />
      ) : null}
    </li>
  );
}

function cardResult(
  cardId: string,
  bucketId: string,
  reveal: NonNullable<Props['reveal']>,
  buckets: PublicSortItem['buckets'],
): { tone: 'right' | 'wrong'; text: string } {
  const key = reveal.keys[cardId];
  if (bucketId === key) return { tone: 'right', text: '✓ Right' };
  if (reveal.accepted[cardId]?.includes(bucketId)) return { tone: 'right', text: '✓ Accepted' };
  return {
    tone: 'wrong',
    text: `✗ Belongs in: ${buckets.find((b) => b.id === key)?.label ?? key}`,
  };
}

const pointerThenRect: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/**
 * Keyboard dragging moves between drop zones in reading order. The zone chosen by the arrow keys
 * is the drop target, so a tall card overlapping two zones cannot land in the wrong one.
 */
function useKeyboardZones() {
  const target = useRef<UniqueIdentifier | null>(null);
  const collisionDetection: CollisionDetection = (args) =>
    args.pointerCoordinates === null && target.current !== null
      ? [{ id: target.current }]
      : pointerThenRect(args);
  const coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
    const forward = event.code === 'ArrowDown' || event.code === 'ArrowRight';
    const backward = event.code === 'ArrowUp' || event.code === 'ArrowLeft';
    if (!forward && !backward) return undefined;
    event.preventDefault();
    const zones = [...context.droppableRects.entries()].sort(
      ([, a], [, b]) => a.top - b.top || a.left - b.left,
    );
    if (zones.length === 0) return undefined;
    const from = target.current ?? context.over?.id ?? null;
    const current = zones.findIndex(([id]) => id === from);
    const next =
      current === -1
        ? forward
          ? 0
          : zones.length - 1
        : Math.max(0, Math.min(zones.length - 1, current + (forward ? 1 : -1)));
    const [id, rect] = zones[next]!;
    target.current = id;
    return { x: rect.left + 12, y: rect.top + 12 };
  };
  const reset = () => {
    target.current = null;
  };
  return { collisionDetection, coordinateGetter, reset };
}
