import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import type { Item } from '@/lib/items/schema';
import { QuizStoreProvider } from '@/stores/quiz-store-provider';
import { classifyItem, manyItem, oddOneOutItem, sortItem, twoTierItem } from '../support/items';

function renderQuiz(items: Item[], certaintyBased = false) {
  const key = `items=${items.map((i) => i.id).join(',')}`;
  return render(
    <QuizStoreProvider>
      <QuizRunner
        quizKey={key}
        href={`/quiz?${key}`}
        title="Kinds"
        items={items}
        certaintyBased={certaintyBased}
      />
    </QuizStoreProvider>,
  );
}

describe('pick every one that applies', () => {
  it('gives partial credit and marks each option as right, missed or wrongly ticked', async () => {
    const user = userEvent.setup();
    renderQuiz([
      manyItem('donation.cottey-forster.many', ['assistance-spillover', 'political-signal']),
    ]);
    const group = screen.getByRole('group', { name: /Pick every one that applies/ });
    await user.click(within(group).getByRole('checkbox', { name: 'Assistance that spills over' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Transparency' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    const feedback = await screen.findByRole('region', { name: '◐ Partly right' });
    expect(feedback).toHaveTextContent('✓ Ticked, applies: Assistance that spills over');
    expect(feedback).toHaveTextContent(
      '✗ Missed, applies: A political symbol — Why political-signal also fits.',
    );
    expect(feedback).toHaveTextContent(
      '✗ Ticked, does not apply: Transparency — Why not transparency.',
    );
    expect(screen.getByText('✗ Applies, you missed it')).toBeInTheDocument();
  });

  it('asks for at least one tick', async () => {
    const user = userEvent.setup();
    renderQuiz([
      manyItem('donation.cottey-forster.many', ['assistance-spillover', 'political-signal']),
    ]);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tick at least one option.');
  });
});

describe('answer and reason (two-tier)', () => {
  it('separates a right answer given for the wrong reason', async () => {
    const user = userEvent.setup();
    renderQuiz([
      twoTierItem('perry.modes.two-tier'),
      classifyItem({ id: 'next.pajtinka', key: 'cooperation' }),
    ]);
    await user.click(screen.getByRole('radio', { name: 'Gunboat diplomacy' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the reason too.');
    await user.click(screen.getByRole('radio', { name: 'Defence actors' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    const feedback = await screen.findByRole('region', { name: '◐ Right answer, wrong reason' });
    expect(feedback).toHaveTextContent('True of every mode.');
    expect(feedback).toHaveTextContent('The reason: This holds for gunboat only.');

    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(
      screen.getByRole('radio', { name: 'Promoting cooperation between the armed forces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'See your summary' }));
    expect(screen.getByRole('heading', { name: 'Right answer, wrong reason' })).toBeInTheDocument();
    expect(screen.getByText('1.5 / 2')).toBeInTheDocument();
  });
});

describe('sort board', () => {
  const board = sortItem([
    { id: 'attache-report', key: 'information' },
    { id: 'joint-drill', key: 'cooperation' },
    { id: 'drone-order', key: 'arms-business' },
    { id: 'wreath', key: 'representation' },
  ]);

  it('can be sorted with the keyboard alone: Enter selects a card, Enter on Place here puts it there', async () => {
    const user = userEvent.setup();
    renderQuiz([board]);
    await screen.findByRole('heading', { name: 'To place (4)' });
    const place = async (card: string, bucket: string) => {
      screen.getByRole('button', { name: card }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('button', { name: card })).toHaveAttribute('aria-expanded', 'true');
      screen.getByRole('button', { name: `Place here in ${bucket}` }).focus();
      await user.keyboard('{Enter}');
    };
    await place('Card attache-report', 'Gathering and analysing information');
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Card attache-report placed in Gathering and analysing information. 3 left to place.',
    );
    await place('Card joint-drill', 'Promoting cooperation between the armed forces');
    await place('Card drone-order', 'Representing the sending state at ceremonies');
    await place('Card wreath', 'Representing the sending state at ceremonies');
    expect(screen.getByText('Every card is placed. Check your answer below.')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Check answer' }).focus();
    await user.keyboard('{Enter}');

    const feedback = await screen.findByRole('region', { name: '◐ 3 of 4 cards right' });
    expect(feedback).toHaveTextContent(
      'You placed it in: Representing the sending state at ceremonies. It belongs in: Supporting arms business.',
    );
    expect(feedback).toHaveTextContent(
      'Why not “Representing the sending state at ceremonies”: Card drone-order is not representation.',
    );
    expect(screen.getByText('✗ Belongs in: Supporting arms business')).toBeInTheDocument();
    expect(screen.getAllByText('✓ Right')).toHaveLength(3);
  });

  it('will not check until every card is placed', async () => {
    const user = userEvent.setup();
    renderQuiz([board]);
    await user.click(await screen.findByRole('button', { name: 'Card wreath' }));
    await user.click(
      screen.getByRole('button', {
        name: 'Place here in Representing the sending state at ceremonies',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Place every card first (3 still to place).',
    );
  });

  it('lets a placed card be moved back to the tray', async () => {
    const user = userEvent.setup();
    renderQuiz([board]);
    await user.click(await screen.findByRole('button', { name: 'Card wreath' }));
    await user.click(
      screen.getByRole('button', { name: 'Place here in Supporting arms business' }),
    );
    expect(screen.getByRole('heading', { name: 'To place (3)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Card wreath' }));
    await user.click(screen.getByRole('button', { name: 'Back to the cards to place' }));
    expect(screen.getByRole('heading', { name: 'To place (4)' })).toBeInTheDocument();
  });
});

describe('odd one out', () => {
  it('names the odd case and why, says why the pick belongs with the others, and counts one mark', async () => {
    const user = userEvent.setup();
    renderQuiz([oddOneOutItem(['sale-1', 'gift', 'sale-2', 'sale-3'], 'gift')]);
    const group = screen.getByRole('group', { name: /Which one does NOT belong/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(group).getByRole('radio', { name: /Case sale-2/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    expect(screen.getByRole('heading', { name: '✗ Not quite' })).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === 'P' &&
          el.textContent ===
            'The odd one out: Case gift. It is Promoting cooperation between the armed forces; the other three are Supporting arms business.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Case gift is cooperation.')).toBeInTheDocument();
    expect(screen.getByText('“Case sale-2” belongs with the others:')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Case gift.*✓ Answer/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'See your summary' }));
    expect(screen.getByText(/An odd-one-out question counts one in all\./)).toBeInTheDocument();
    expect(screen.getByText('0 / 1')).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('listitem')
        .some((li) => /^Supporting arms business.*0 of 1 right$/.test(li.textContent ?? '')),
    ).toBe(true);
  });
});

describe('certainty-based marking', () => {
  it('asks how sure, and marks a sure wrong answer −6', async () => {
    const user = userEvent.setup();
    renderQuiz([classifyItem({ id: 'a.pajtinka', key: 'cooperation' })], true);
    await user.click(screen.getByRole('radio', { name: 'Supporting arms business' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say how sure you are.');
    const sure = screen.getByRole('group', { name: 'How sure are you?' });
    await user.click(within(sure).getByRole('radio', { name: /Very sure/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Mark:').parentElement).toHaveTextContent('Mark: −6 of 3 (very sure)');
    await user.click(screen.getByRole('button', { name: 'See your summary' }));
    expect(screen.getByText('−6 / 3', { exact: false })).toBeInTheDocument();
    const calibration = screen.getByRole('table', { name: 'Accuracy at each certainty level' });
    expect(within(calibration).getByRole('row', { name: /Very sure 1 0%/ })).toBeInTheDocument();
    expect(screen.getByText(/Over-confident/)).toBeInTheDocument();
  });

  it('asks for a certainty on every card of a sort board', async () => {
    const user = userEvent.setup();
    renderQuiz(
      [
        sortItem([
          { id: 'a', key: 'information' },
          { id: 'b', key: 'cooperation' },
          { id: 'c', key: 'arms-business' },
          { id: 'd', key: 'representation' },
        ]),
      ],
      true,
    );
    await screen.findByRole('heading', { name: 'To place (4)' });
    for (const [card, bucket] of [
      ['a', 'Gathering and analysing information'],
      ['b', 'Promoting cooperation between the armed forces'],
      ['c', 'Supporting arms business'],
      ['d', 'Representing the sending state at ceremonies'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: `Card ${card}` }));
      await user.click(screen.getByRole('button', { name: `Place here in ${bucket}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say how sure you are for every card.');
    for (const group of screen.getAllByRole('group', { name: 'How sure?' })) {
      await user.click(within(group).getByRole('radio', { name: /Fairly sure/ }));
    }
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Mark:').parentElement).toHaveTextContent('Mark: +8 of 12');
  });
});
