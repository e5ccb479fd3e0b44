import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import { QuizStoreProvider } from '@/stores/quiz-store-provider';
import { classifyItem } from '../support/items';

const items = [
  classifyItem({ id: 'one.pajtinka', key: 'cooperation' }),
  classifyItem({ id: 'two.pajtinka', key: 'arms-business' }),
];

function renderQuiz(requestedIndex?: number) {
  return render(
    <QuizStoreProvider>
      <QuizRunner
        quizKey="scope=pajtinka&n=5&seed=test"
        href="/quiz?scope=pajtinka&n=5&seed=test"
        title="Pajtinka"
        items={items}
        requestedIndex={requestedIndex}
      />
    </QuizStoreProvider>,
  );
}

describe('QuizRunner', () => {
  it('shows the scenario, the lens question and every option', () => {
    renderQuiz();
    expect(screen.getByRole('heading', { name: 'Scenario one.pajtinka' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: /Which of Pajtinka/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
  });

  it('asks for a choice before checking', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an option first.');
  });

  it('explains a wrong answer: the key, why it is right, why the pick is wrong, and the source', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('radio', { name: 'Supporting arms business' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));

    const feedback = await screen.findByRole('region', { name: '✗ Not quite' });
    expect(feedback).toHaveTextContent('Answer: Promoting cooperation between the armed forces');
    expect(feedback).toHaveTextContent('Explanation for one.pajtinka.');
    expect(
      within(feedback).getByRole('heading', { name: 'Why not “Supporting arms business”?' }),
    ).toBeInTheDocument();
    expect(feedback).toHaveTextContent('Why not arms-business in one.pajtinka.');
    expect(feedback).toHaveTextContent('Source: Pajtinka 2016, p. 188');
    expect(
      within(feedback).getByRole('link', {
        name: 'Promoting cooperation between the armed forces',
      }),
    ).toHaveAttribute('href', '/concepts/pajtinka/cooperation');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not quite. The answer: Promoting cooperation between the armed forces.',
    );
    // The answer is locked and marked by text, not colour alone.
    expect(screen.getByRole('radio', { name: /Supporting arms business/ })).toBeDisabled();
    expect(screen.getByText('✗ Your answer')).toBeInTheDocument();
    expect(screen.getByText('✓ Answer')).toBeInTheDocument();
  });

  it('moves focus to Next after checking, so the keyboard flow continues', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(
      screen.getByRole('radio', { name: 'Promoting cooperation between the armed forces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByRole('region', { name: '✓ Correct' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
  });

  it('goes through the quiz and ends with a summary that counts the right answers', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(
      screen.getByRole('radio', { name: 'Promoting cooperation between the armed forces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 2')).toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', { name: 'Representing the sending state at ceremonies' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'See your summary' }));

    expect(screen.getByRole('heading', { name: 'Summary: Pajtinka' })).toHaveFocus();
    expect(screen.getByText('1 / 2')).toBeInTheDocument();
    const byCategory = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(byCategory).toContain('Promoting cooperation between the armed forces1 of 1 right');
    expect(byCategory.some((t) => /^Supporting arms business.*0 of 1 right$/.test(t ?? ''))).toBe(
      true,
    );
    expect(screen.getByRole('link', { name: 'Retry the 1 missed' })).toHaveAttribute(
      'href',
      '/quiz?items=two.pajtinka',
    );
  });

  it('can be answered with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.tab();
    expect(
      screen.getByRole('radio', { name: 'Gathering and analysing information' }),
    ).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(
      screen.getByRole('radio', { name: 'Promoting cooperation between the armed forces' }),
    ).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: '✓ Correct' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Question 2 of 2')).toBeInTheDocument();
  });
});

describe("QuizRunner's address", () => {
  it('leaves a fresh quiz’s address alone, then carries the question the learner is on', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/quiz?scope=pajtinka&n=5&seed=test');
    const replaced: string[] = [];
    const replaceState = window.history.replaceState.bind(window.history);
    window.history.replaceState = (state, unused, url) => {
      replaced.push(String(url));
      replaceState(state, unused, url);
    };
    try {
      renderQuiz();
      await screen.findByRole('button', { name: 'Check answer' });
      // The server renders question 1 without ?q=: nothing to replace (it re-renders Next's router).
      expect(replaced).toEqual([]);
      await user.click(screen.getByRole('radio', { name: 'Supporting arms business' }));
      await user.click(screen.getByRole('button', { name: 'Check answer' }));
      await user.click(await screen.findByRole('button', { name: 'Next question' }));
      await screen.findByText('Question 2 of 2');
      expect(replaced).toEqual(['/quiz?scope=pajtinka&n=5&seed=test&q=2']);
      expect(window.location.search).toBe('?scope=pajtinka&n=5&seed=test&q=2');
    } finally {
      window.history.replaceState = replaceState;
    }
  });
});
