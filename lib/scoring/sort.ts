/**
 * Sort boards are scored per scenario: each is one classified scenario worth one point, its key
 * or an accepted bucket. The board is complete only when every scenario is placed.
 */
import {
  invalid,
  outcomeOf,
  type Judgement,
  type PlacementResult,
  type Score,
} from '../items/score';

export type SortKey = {
  placements: Readonly<Record<string, { best: string; accepted: readonly string[] }>>;
  buckets: readonly string[];
  /** The board's scenario ids, in the order shown. */
  scenarios: readonly string[];
};

export function scoreSort(
  placements: Readonly<Record<string, string>> | undefined,
  key: SortKey,
): Score {
  const placed = placements ?? {};
  const missing = key.scenarios.filter((id) => placed[id] === undefined).length;
  if (missing > 0) return invalid(`Place every card first (${missing} still to place).`);
  const stray = Object.keys(placed).find((id) => !key.scenarios.includes(id));
  if (stray !== undefined) return invalid(`"${stray}" is not a card of this board.`);
  const badBucket = Object.values(placed).find((bucket) => !key.buckets.includes(bucket));
  if (badBucket !== undefined) return invalid(`"${badBucket}" is not a bucket of this board.`);

  const results: PlacementResult[] = [];
  const judgements: Judgement[] = key.scenarios.map((scenarioId) => {
    const { best, accepted } = key.placements[scenarioId]!;
    const given = placed[scenarioId]!;
    const verdict = given === best ? 'correct' : accepted.includes(given) ? 'accepted' : 'wrong';
    results.push({ scenarioId, placed: given, key: best, verdict });
    return { scenarioId, key: best, given, credit: verdict === 'wrong' ? 0 : 1 };
  });
  const earned = judgements.reduce((sum, j) => sum + j.credit, 0);
  return {
    status: 'scored',
    earned,
    max: key.scenarios.length,
    outcome: outcomeOf(earned / key.scenarios.length),
    judgements,
    detail: { kind: 'placements', scenarios: results },
  };
}
