import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import { SortBoard } from '@/components/quiz/kinds/SortBoard';
import type { LearnerResponse } from '@/lib/items/response';
import type { SortItem } from '@/lib/items/schema';
import { QuizStoreProvider } from '@/stores/quiz-store-provider';
import { sortItem } from '../support/items';

const INFORMATION = 'Gathering and analysing information';
const COOPERATION = 'Promoting cooperation between the armed forces';
const VISITS = 'Organising official visits and peaceful presence';
const ARMS = 'Supporting arms business';
const CEREMONIES = 'Representing the sending state at ceremonies';

const board = sortItem([
  { id: 'a', key: 'information' },
  { id: 'b', key: 'cooperation' },
  { id: 'c', key: 'arms-business' },
]);

async function renderBoard() {
  const user = userEvent.setup();
  const key = `items=${board.id}`;
  render(
    <QuizStoreProvider>
      <QuizRunner quizKey={key} href={`/quiz?${key}`} title="Sort" items={[board]} />
    </QuizStoreProvider>,
  );
  await screen.findByRole('heading', { name: 'To place (3)' });
  return user;
}

/** The page's polite live region (dnd-kit keeps an assertive one of its own for drags). */
function announcement() {
  const region = screen
    .getAllByRole('status')
    .find((status) => status.getAttribute('aria-live') === 'polite');
  return region?.textContent;
}

const tray = () => screen.getByRole('region', { name: /^To place/ });
const category = (label: string) => screen.getByRole('region', { name: label });
const card = (name: string) => screen.getByRole('button', { name });
const chooserNames = (cardTitle: string) =>
  within(screen.getByRole('group', { name: `Place “${cardTitle}” in` }))
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label'));

/** Puts a card in a category with the keyboard: Enter, ArrowDown to the category, Enter. */
async function placeByKeyboard(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
  label: string,
) {
  card(title).focus();
  await user.keyboard('{Enter}');
  const steps = chooserNames(title).indexOf(`Place here in ${label}`) + 1;
  await user.keyboard('{ArrowDown}'.repeat(steps));
  await user.keyboard('{Enter}');
}

describe('sort board: picking up, moving and dropping with the keyboard', () => {
  it('picks a card up with Enter and says how to move it', async () => {
    const user = await renderBoard();
    card('Card a').focus();
    await user.keyboard('{Enter}');

    expect(card('Card a')).toHaveAttribute('aria-expanded', 'true');
    expect(card('Card a')).toHaveFocus();
    expect(announcement()).toBe(
      'Picked up Card a. Use the arrow keys to choose a category, Space or Enter to drop it there, Escape to cancel.',
    );
    expect(chooserNames('Card a')).toEqual([
      `Place here in ${INFORMATION}`,
      `Place here in ${COOPERATION}`,
      `Place here in ${VISITS}`,
      `Place here in ${ARMS}`,
      `Place here in ${CEREMONIES}`,
    ]);
  });

  it('picks a card up with Space too, and moves it over the categories one arrow press at a time, announcing each', async () => {
    const user = await renderBoard();
    card('Card a').focus();
    await user.keyboard(' ');
    expect(card('Card a')).toHaveAttribute('aria-expanded', 'true');
    expect(announcement()).toBe(
      'Picked up Card a. Use the arrow keys to choose a category, Space or Enter to drop it there, Escape to cancel.',
    );

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: `Place here in ${INFORMATION}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${INFORMATION}.`);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: `Place here in ${COOPERATION}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${COOPERATION}.`);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: `Place here in ${VISITS}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${VISITS}.`);
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: `Place here in ${COOPERATION}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${COOPERATION}.`);
  });

  it('wraps round the categories at both ends', async () => {
    const user = await renderBoard();
    card('Card a').focus();
    await user.keyboard('{Enter}');

    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: `Place here in ${CEREMONIES}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${CEREMONIES}.`);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: `Place here in ${INFORMATION}` })).toHaveFocus();
    expect(announcement()).toBe(`Card a is over ${INFORMATION}.`);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: `Place here in ${CEREMONIES}` })).toHaveFocus();
  });

  it('drops the card with Space in the category chosen and moves on to the next card to place', async () => {
    const user = await renderBoard();
    card('Card a').focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}');
    await user.keyboard(' ');

    expect(within(category(COOPERATION)).getByRole('button', { name: 'Card a' })).toBeVisible();
    expect(within(tray()).queryByRole('button', { name: 'Card a' })).not.toBeInTheDocument();
    expect(within(category(INFORMATION)).getByText('No card yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'To place (2)' })).toBeInTheDocument();
    expect(announcement()).toBe(`Card a placed in ${COOPERATION}. 2 left to place.`);
    expect(card('Card a')).toHaveAttribute('aria-expanded', 'false');
    expect(card('Card b')).toHaveFocus();
  });

  it('moves focus to Check answer once the last card is dropped', async () => {
    const user = await renderBoard();
    await placeByKeyboard(user, 'Card a', INFORMATION);
    await placeByKeyboard(user, 'Card b', COOPERATION);
    await placeByKeyboard(user, 'Card c', ARMS);

    expect(announcement()).toBe(`Card c placed in ${ARMS}. 0 left to place.`);
    expect(screen.getByText('Every card is placed. Check your answer below.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check answer' })).toHaveFocus();
  });

  it('cancels with Escape from a category: the card stays in the tray and gets the focus back', async () => {
    const user = await renderBoard();
    card('Card b').focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}');
    await user.keyboard('{Escape}');

    expect(announcement()).toBe('Moving cancelled. Card b stays where it was.');
    expect(card('Card b')).toHaveFocus();
    expect(card('Card b')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Place “Card b” in' })).not.toBeInTheDocument();
    expect(within(tray()).getByRole('button', { name: 'Card b' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'To place (3)' })).toBeInTheDocument();
    expect(within(category(COOPERATION)).getByText('No card yet.')).toBeInTheDocument();
  });

  it('cancels with Escape on the card itself: a placed card stays in its category', async () => {
    const user = await renderBoard();
    await placeByKeyboard(user, 'Card a', VISITS);
    card('Card a').focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');

    expect(announcement()).toBe('Moving cancelled. Card a stays where it was.');
    expect(card('Card a')).toHaveFocus();
    expect(within(category(VISITS)).getByRole('button', { name: 'Card a' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'To place (2)' })).toBeInTheDocument();
  });

  it('picks a placed card up again and moves it to another category', async () => {
    const user = await renderBoard();
    await placeByKeyboard(user, 'Card a', INFORMATION);
    // How a keyboard user reaches a placed card is the tab stop's business, tested below.
    card('Card a').focus();
    await user.keyboard('{Enter}');

    expect(announcement()).toBe(
      'Picked up Card a. Use the arrow keys to choose a category, Space or Enter to drop it there, Escape to cancel.',
    );
    // Its own category is not offered again; the tray is, last.
    expect(chooserNames('Card a')).toEqual([
      `Place here in ${COOPERATION}`,
      `Place here in ${VISITS}`,
      `Place here in ${ARMS}`,
      `Place here in ${CEREMONIES}`,
      'Back to the cards to place',
    ]);
    await user.keyboard('{ArrowDown}');
    expect(announcement()).toBe(`Card a is over ${COOPERATION}.`);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(announcement()).toBe(`Card a is over ${ARMS}.`);
    await user.keyboard('{Enter}');

    expect(within(category(ARMS)).getByRole('button', { name: 'Card a' })).toBeVisible();
    expect(within(category(INFORMATION)).getByText('No card yet.')).toBeInTheDocument();
    expect(announcement()).toBe(`Card a placed in ${ARMS}. 2 left to place.`);
    expect(screen.getByRole('heading', { name: 'To place (2)' })).toBeInTheDocument();
  });

  it('returns a placed card to the tray with Back to the cards to place', async () => {
    const user = await renderBoard();
    await placeByKeyboard(user, 'Card c', CEREMONIES);
    expect(screen.getByRole('heading', { name: 'To place (2)' })).toBeInTheDocument();
    card('Card c').focus();
    await user.keyboard('{Enter}{ArrowUp}');

    expect(screen.getByRole('button', { name: 'Back to the cards to place' })).toHaveFocus();
    expect(announcement()).toBe('Card c is over the cards still to place.');
    await user.keyboard('{Enter}');

    expect(within(tray()).getByRole('button', { name: 'Card c' })).toBeVisible();
    expect(within(category(CEREMONIES)).getByText('No card yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'To place (3)' })).toBeInTheDocument();
    expect(announcement()).toBe('Card c is back with the cards to place. 3 left to place.');
    expect(card('Card c')).toHaveFocus();
  });
});

describe('sort board: one tab stop for the cards', () => {
  it('reaches the tray with one Tab, and the next Tabs leave it without visiting the other cards', async () => {
    const user = await renderBoard();
    await user.tab();
    expect(card('Card a')).toHaveFocus();
    expect(tray()).toContainElement(card('Card a'));

    // The focused card's own "Read the case" is next, then Tab is out of the tray.
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Read the case');
    expect(card('Card a').closest('li')).toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check answer' })).toHaveFocus();
  });

  it('moves between the cards with the arrow keys, and the tab stop goes with the focus', async () => {
    const user = await renderBoard();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(card('Card b')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(card('Card c')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(card('Card c')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(card('Card a')).toHaveFocus();
    await user.keyboard('{End}');
    expect(card('Card c')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(card('Card b')).toHaveFocus();

    // Tab away and back: the board's tab stop is now Card b, and only Card b's case is on the way.
    await user.tab();
    expect(card('Card b').closest('li')).toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check answer' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(card('Card b')).toHaveFocus();
  });

  it('keeps every case a Tab away once the board is answered', async () => {
    const user = await renderBoard();
    await placeByKeyboard(user, 'Card a', INFORMATION);
    await placeByKeyboard(user, 'Card b', COOPERATION);
    await placeByKeyboard(user, 'Card c', ARMS);
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: '✓ 3 of 3 cards right' });

    (document.activeElement as HTMLElement).blur();
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      visited.push(document.activeElement?.textContent ?? '');
    }
    expect(visited.slice(0, 3)).toEqual(['Read the case', 'Read the case', 'Read the case']);
  });
});

describe('sort board: what it tells the page', () => {
  /** A page that keeps the draft, as QuizRunner does, and spies on what the board reports. */
  function Page({
    item,
    onDraft,
    onSubmit,
  }: {
    item: SortItem;
    onDraft: (response: LearnerResponse) => void;
    onSubmit: (response: LearnerResponse) => void;
  }) {
    const [draft, setDraft] = useState<LearnerResponse>();
    return (
      <SortBoard
        item={item}
        draft={draft}
        submitLabel="Check answer"
        onDraft={(response) => {
          onDraft(response);
          setDraft(response);
        }}
        onSubmit={onSubmit}
        announce={() => {}}
      />
    );
  }

  it('reports every move as a draft and submits exactly the placements the learner made', async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn<(response: LearnerResponse) => void>();
    const onSubmit = vi.fn<(response: LearnerResponse) => void>();
    render(<Page item={board} onDraft={onDraft} onSubmit={onSubmit} />);

    await placeByKeyboard(user, 'Card a', VISITS);
    expect(onDraft).toHaveBeenLastCalledWith({
      kind: 'sort',
      placements: { a: 'visits-presence' },
    });
    await placeByKeyboard(user, 'Card b', CEREMONIES);
    expect(onDraft).toHaveBeenLastCalledWith({
      kind: 'sort',
      placements: { a: 'visits-presence', b: 'representation' },
    });
    // Move a to another category, then put b back in the tray.
    await placeByKeyboard(user, 'Card a', ARMS);
    expect(onDraft).toHaveBeenLastCalledWith({
      kind: 'sort',
      placements: { a: 'arms-business', b: 'representation' },
    });
    card('Card b').focus();
    await user.keyboard('{Enter}{ArrowUp}{Enter}');
    expect(onDraft).toHaveBeenLastCalledWith({ kind: 'sort', placements: { a: 'arms-business' } });
    // A cancelled move reports nothing.
    card('Card c').focus();
    await user.keyboard('{Enter}{ArrowDown}{Escape}');
    expect(onDraft).toHaveBeenCalledTimes(4);

    await placeByKeyboard(user, 'Card b', INFORMATION);
    await placeByKeyboard(user, 'Card c', COOPERATION);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({
      kind: 'sort',
      placements: { a: 'arms-business', b: 'information', c: 'cooperation' },
    });
  });

  it('does not submit a board with a card still to place', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn<(response: LearnerResponse) => void>();
    render(<Page item={board} onDraft={() => {}} onSubmit={onSubmit} />);
    await placeByKeyboard(user, 'Card a', INFORMATION);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Place every card first (2 still to place).',
    );
  });
});
