/** The results as flat tables for spreadsheets (and the same records for JSON). */
import type { CsvCell } from '@/lib/export/csv';
import { itemsForAttempt } from '@/lib/assignments/attempt-items';
import { itemTitle, keyedScenarios } from '@/lib/items/registry';
import type { Assignment } from '../assignments/codec';
import type { Results } from './service';

type Table = { header: string[]; rows: CsvCell[][]; objects: Record<string, CsvCell>[] };

function table(header: string[], records: Record<string, CsvCell>[]): Table {
  return { header, rows: records.map((r) => header.map((h) => r[h])), objects: records };
}

const iso = (ms: number | null) => {
  const date = ms === null ? undefined : new Date(ms);
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : null;
};

/** Tables from results already loaded: nothing is read from the database again. */
export function exportRows(
  assignment: Assignment,
  results: Results,
): { students: Table; answers: Table } {
  const students = table(
    [
      'attempt_id',
      'name',
      'attempt',
      'status',
      'score',
      'max',
      'percent',
      'answered',
      'questions',
      'started_at',
      'submitted_at',
      'seconds',
    ],
    results.rows.map((row) => ({
      attempt_id: row.attemptId,
      name: row.name,
      attempt: row.number,
      status: row.status,
      score: row.earned,
      max: row.max,
      percent: row.max === 0 ? 0 : Math.round((row.earned / row.max) * 1000) / 10,
      answered: row.answered,
      questions: row.total,
      started_at: iso(row.startedAt),
      submitted_at: iso(row.submittedAt),
      seconds: Math.round(row.durationMs / 1000),
    })),
  );

  const records: Record<string, CsvCell>[] = [];
  for (const { attempt, answers } of results.attempts) {
    const items = itemsForAttempt(assignment.items, assignment.settings, attempt.seed);
    items.forEach((item, position) => {
      const answer = answers.get(item.id);
      const row = answer?.row;
      const stored = answer?.stored;
      // One line per classified scenario: a sort board gives one per card.
      for (const keyed of keyedScenarios(item)) {
        const judgement = stored?.score.judgements.find((j) => j.scenarioId === keyed.scenarioId);
        records.push({
          attempt_id: attempt.id,
          name: attempt.display_name,
          position: position + 1,
          item_id: item.id,
          item: itemTitle(item),
          kind: item.kind,
          framework: item.frameworkId,
          scenario: keyed.scenarioId,
          key: keyed.key,
          given: stored ? (judgement?.given ?? JSON.stringify(stored.response)) : null,
          credit: judgement?.credit ?? (stored ? 0 : null),
          certainty: judgement?.certainty ?? null,
          item_marks: stored?.score.earned ?? null,
          item_max: stored?.score.max ?? null,
          answered_at: iso(row?.answered_at ?? null),
          revisions: row?.revision ?? null,
        });
      }
    });
  }
  const answers = table(
    [
      'attempt_id',
      'name',
      'position',
      'item_id',
      'item',
      'kind',
      'framework',
      'scenario',
      'key',
      'given',
      'credit',
      'certainty',
      'item_marks',
      'item_max',
      'answered_at',
      'revisions',
    ],
    records,
  );
  return { students, answers };
}
