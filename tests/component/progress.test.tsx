import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressView } from '@/components/practice/ProgressView';
import { PracticeStoreProvider } from '@/stores/practice-store-provider';
import { PRACTICE_STORE_KEY, PRACTICE_STORE_VERSION } from '@/stores/practice-store-version';

const frameworks = [
  {
    id: 'pajtinka',
    label: "Pajtinka's five functions",
    shortLabel: 'Pajtinka',
    categories: [
      {
        id: 'representation',
        label: 'Representation',
        shortLabel: 'Representation',
        definition: 'D.',
      },
      { id: 'information', label: 'Information', shortLabel: 'Information', definition: 'D.' },
    ],
  },
  {
    id: 'cottey-forster',
    label: "Cottey and Forster's roles",
    shortLabel: 'Cottey & Forster',
    categories: [
      { id: 'reassurance', label: 'Reassurance', shortLabel: 'Reassurance', definition: 'D.' },
    ],
  },
];
const framework = frameworks[0]!;
const [mastered, learning] = framework.categories;

function answer(key: string, credit: number, at: number) {
  return {
    itemId: `scenario-${at}.${framework.id}`,
    scenarioId: `scenario-${at}`,
    frameworkId: framework.id,
    key,
    credit,
    at,
  };
}

function saveProgress(history: ReturnType<typeof answer>[]) {
  const state = {
    cards: {},
    history,
    remediation: [],
    scope: 'mixed',
    retention: 0.9,
    certaintyBased: false,
  };
  localStorage.setItem(
    PRACTICE_STORE_KEY,
    JSON.stringify({ state, version: PRACTICE_STORE_VERSION }),
  );
}

function showProgress() {
  render(
    <PracticeStoreProvider>
      <ProgressView frameworks={frameworks} />
    </PracticeStoreProvider>,
  );
}

describe('the progress page', () => {
  it('shows the saved answers by concept once they are read', async () => {
    saveProgress([
      answer(mastered!.id, 1, 1_000),
      answer(mastered!.id, 1, 2_000),
      answer(mastered!.id, 1, 3_000),
      answer(learning!.id, 0, 4_000),
    ]);
    showProgress();

    const table = await screen.findByRole('table', { name: framework.label });
    const rowOf = (shortLabel: string) =>
      within(table)
        .getAllByRole('row')
        .find((row) => within(row).queryByRole('rowheader', { name: shortLabel }))!;
    expect(rowOf(mastered!.shortLabel)).toHaveTextContent('100 %');
    expect(rowOf(mastered!.shortLabel)).toHaveTextContent('Mastered');
    expect(rowOf(learning!.shortLabel)).toHaveTextContent('0 %');
    expect(rowOf(learning!.shortLabel)).toHaveTextContent('Learning');
    expect(screen.getByText('answers').parentElement).toHaveTextContent('4 answers');
    expect(screen.queryByText('Loading your progress…')).not.toBeInTheDocument();
  });

  it('shows every concept as not started for a new learner, and a table per framework', async () => {
    showProgress();

    for (const each of frameworks) {
      const table = await screen.findByRole('table', { name: each.label });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(each.categories.length);
      for (const row of rows) expect(row).toHaveTextContent('Not started');
    }
    expect(screen.getByText('answers').parentElement).toHaveTextContent('0 answers');
  });
});
