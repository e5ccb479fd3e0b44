/**
 * Quiz statistics for an instructor, after Moodle's quiz statistics report: how easy each item
 * was, whether it separates stronger from weaker students, and how reliable the whole test is.
 */

export type AnalysedItem = {
  id: string;
  /** Maximum marks of the item (> 0). */
  max: number;
  /** Option ids offered, in display order (for option counts). */
  options: string[];
  /** The option id(s) that are the key (for mis-key detection). */
  keys: string[];
};

export type StudentResult = {
  studentId: string;
  /** item id → what this student did on it; absent = not answered (0 marks, counted as "no answer"). */
  responses: Record<string, { earned: number; chosen: string[] } | undefined>;
};

export type ItemFlag =
  | { kind: 'possibly-miskeyed'; distractor: string; distractorCount: number; keyCount: number }
  | { kind: 'does-not-discriminate'; discrimination: number | null }
  | { kind: 'too-easy' }
  | { kind: 'too-hard' };

export type OptionCount = { optionId: string; count: number; isKey: boolean };

export type ItemStatistics = {
  itemId: string;
  /** Students who answered the item. */
  attempts: number;
  /** Mean of earned/max over all students (unanswered = 0); null without students. */
  facility: number | null;
  /** Sample SD of earned/max; null with fewer than 2 students. */
  sd: number | null;
  /** Pearson r between the item and the rest of the test; null when either does not vary. */
  discrimination: number | null;
  /** Covariance with the rest of the test over the largest covariance the marks allow. */
  discriminativeEfficiency: number | null;
  /** Every offered option, in display order; chosen ids that were not offered are ignored. */
  optionCounts: OptionCount[];
  /** Students with no response to the item. */
  noAnswer: number;
  flags: ItemFlag[];
};

export type TestStatistics = {
  students: number;
  /** Sum of the items' maximum marks. */
  maxMarks: number;
  /** Mean total, as a fraction of maxMarks. */
  mean: number | null;
  median: number | null;
  /** Sample SD of the total, as a fraction of maxMarks. */
  sd: number | null;
  cronbachAlpha: number | null;
  errorRatio: number | null;
  /** errorRatio × sd, as a fraction of maxMarks. */
  standardError: number | null;
};

export type AssignmentAnalysis = { test: TestStatistics; items: ItemStatistics[] };

/** Thresholds behind the item flags (Moodle's guidance). */
export const FLAG_RULES = {
  /** Below this class size, percentages swing too much to judge an item. */
  minStudents: 5,
  /** The mis-key check needs at least this many students in the top third. */
  minTopGroup: 3,
  weakDiscrimination: 0.2,
  tooEasy: 0.9,
  tooHard: 0.1,
} as const;

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Sample variance (n − 1); null with fewer than 2 values. */
export function sampleVariance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** Sample standard deviation (n − 1); null with fewer than 2 values. */
export function sampleSd(values: readonly number[]): number | null {
  const variance = sampleVariance(values);
  return variance === null ? null : Math.sqrt(variance);
}

/**
 * Compared exactly rather than by variance: the mean of equal floats can differ from them in the
 * last bit, which would leave a tiny variance and turn a correlation into noise.
 */
function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** Sample covariance (n − 1) of two equally long series; callers ensure length ≥ 2. */
function covariance(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (xs[i]! - mx) * (ys[i]! - my);
  return sum / (xs.length - 1);
}

const clampUnit = (r: number) => Math.min(1, Math.max(-1, r));

/**
 * The sample variance when the values really vary; null otherwise. Denormal marks can differ yet
 * have a variance that underflows to 0, which would turn a ratio into NaN.
 */
function spread(values: readonly number[]): number | null {
  if (values.length < 2 || isConstant(values)) return null;
  const variance = sampleVariance(values)!;
  return variance > 0 ? variance : null;
}

function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const vx = spread(xs);
  const vy = spread(ys);
  if (vx === null || vy === null) return null;
  const r = covariance(xs, ys) / (Math.sqrt(vx) * Math.sqrt(vy));
  return Number.isNaN(r) ? null : clampUnit(r);
}

/** Pairing both series in ascending order gives the largest covariance their values allow. */
function discriminativeEfficiency(xs: readonly number[], ys: readonly number[]): number | null {
  if (spread(xs) === null || spread(ys) === null) return null;
  const ascending = (a: number, b: number) => a - b;
  const best = covariance([...xs].sort(ascending), [...ys].sort(ascending));
  if (!(best > 0)) return null;
  const efficiency = covariance(xs, ys) / best;
  return Number.isNaN(efficiency) ? null : clampUnit(efficiency);
}

/** Out-of-range or non-finite marks would push facility outside [0, 1]; hold them to the scale. */
function marksOf(item: AnalysedItem, student: StudentResult): number {
  const earned = student.responses[item.id]?.earned ?? 0;
  return Number.isFinite(earned) ? Math.min(item.max, Math.max(0, earned)) : 0;
}

/** Code-unit order, so the result does not depend on the runtime's locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts each offered option at most once per student, so multi-select answers are not inflated. */
function countOptions(item: AnalysedItem, students: readonly StudentResult[]): OptionCount[] {
  const counts = new Map(item.options.map((id) => [id, 0]));
  for (const student of students) {
    for (const id of new Set(student.responses[item.id]?.chosen ?? [])) {
      const count = counts.get(id);
      if (count !== undefined) counts.set(id, count + 1);
    }
  }
  const keys = new Set(item.keys);
  return [...counts].map(([optionId, count]) => ({ optionId, count, isKey: keys.has(optionId) }));
}

function miskeyFlag(item: AnalysedItem, topGroup: readonly StudentResult[]): ItemFlag | null {
  if (topGroup.length < FLAG_RULES.minTopGroup) return null;
  const counts = new Map<string, number>();
  for (const student of topGroup) {
    for (const id of new Set(student.responses[item.id]?.chosen ?? [])) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const keyCount = Math.max(0, ...item.keys.map((id) => counts.get(id) ?? 0));
  const keys = new Set(item.keys);
  let distractor: string | null = null;
  let distractorCount = 0;
  // Only the most popular distractor is reported: it is the likely real key.
  for (const id of item.options) {
    const count = counts.get(id) ?? 0;
    if (!keys.has(id) && count > distractorCount) {
      distractor = id;
      distractorCount = count;
    }
  }
  return distractor !== null && distractorCount > keyCount
    ? { kind: 'possibly-miskeyed', distractor, distractorCount, keyCount }
    : null;
}

export function analyseAssignment(
  items: readonly AnalysedItem[],
  students: readonly StudentResult[],
): AssignmentAnalysis {
  // A fixed student order makes every sum, and so every result, independent of input order.
  const ordered = [...students].sort((a, b) => byCode(a.studentId, b.studentId));
  const n = ordered.length;
  const marks = ordered.map((student) => items.map((item) => marksOf(item, student)));
  const totals = marks.map((row) => row.reduce((sum, m) => sum + m, 0));
  const maxMarks = items.reduce((sum, item) => sum + item.max, 0);

  const ranked = ordered
    .map((student, i) => ({ student, total: totals[i]! }))
    .sort((a, b) => b.total - a.total || byCode(a.student.studentId, b.student.studentId));
  const topGroup = ranked.slice(0, Math.ceil(n / 3)).map((r) => r.student);

  const itemStatistics = items.map((item, j): ItemStatistics => {
    const fractions = marks.map((row) => row[j]! / item.max);
    // Summed without this item rather than subtracted from the total, to avoid rounding residue.
    const rest = marks.map((row) => row.reduce((sum, m, i) => (i === j ? sum : sum + m), 0));
    const attempts = ordered.filter((s) => s.responses[item.id] !== undefined).length;
    const facility = mean(fractions);
    const discrimination = pearson(fractions, rest);

    const flags: ItemFlag[] = [];
    const miskey = miskeyFlag(item, topGroup);
    if (miskey) flags.push(miskey);
    if (n >= FLAG_RULES.minStudents && facility !== null) {
      if (
        discrimination === null
          ? isConstant(fractions)
          : discrimination < FLAG_RULES.weakDiscrimination
      ) {
        flags.push({ kind: 'does-not-discriminate', discrimination });
      }
      if (facility > FLAG_RULES.tooEasy) flags.push({ kind: 'too-easy' });
      if (facility < FLAG_RULES.tooHard) flags.push({ kind: 'too-hard' });
    }

    return {
      itemId: item.id,
      attempts,
      facility,
      sd: sampleSd(fractions),
      discrimination,
      discriminativeEfficiency: discriminativeEfficiency(fractions, rest),
      optionCounts: countOptions(item, ordered),
      noAnswer: n - attempts,
      flags,
    };
  });

  return { test: testStatistics(items, marks, totals, maxMarks), items: itemStatistics };
}

function testStatistics(
  items: readonly AnalysedItem[],
  marks: readonly number[][],
  totals: readonly number[],
  maxMarks: number,
): TestStatistics {
  const n = totals.length;
  const k = items.length;
  const fractions = maxMarks > 0 ? totals.map((t) => t / maxMarks) : [];
  const sd = sampleSd(fractions);

  let cronbachAlpha: number | null = null;
  const totalVariance = spread(totals);
  if (k >= 2 && totalVariance !== null) {
    const itemVariances = items.reduce(
      (sum, _, j) => sum + sampleVariance(marks.map((row) => row[j]!))!,
      0,
    );
    cronbachAlpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
  }
  // sqrt(1 − α) is only meaningful for 0 ≤ α ≤ 1; a negative α says the items do not hang together.
  const errorRatio =
    cronbachAlpha !== null && cronbachAlpha >= 0 && cronbachAlpha <= 1
      ? Math.sqrt(1 - cronbachAlpha)
      : null;

  return {
    students: n,
    maxMarks,
    mean: mean(fractions),
    median: median(fractions),
    sd,
    cronbachAlpha,
    errorRatio,
    standardError: errorRatio !== null && sd !== null ? errorRatio * sd : null,
  };
}

export type StatisticLegendEntry = { id: string; label: string; meaning: string; healthy: string };

/** Plain-English help for the statistics page, with Moodle's usual healthy ranges. */
export const STATISTIC_LEGEND: StatisticLegendEntry[] = [
  {
    id: 'facility',
    label: 'Facility',
    meaning:
      'The average mark on the item as a share of its maximum, counting students who skipped it as 0. 1 means everyone got it fully right.',
    healthy: 'Between 0.3 and 0.8 for most items; a few easier or harder items are fine.',
  },
  {
    id: 'sd',
    label: 'Standard deviation',
    meaning: 'How much marks on the item vary between students, as a share of its maximum.',
    healthy: 'Higher is usually better: an item everyone scores the same on tells you little.',
  },
  {
    id: 'discrimination',
    label: 'Discrimination index',
    meaning:
      'The correlation between marks on this item and marks on the rest of the quiz: do students who do well overall also do well here?',
    healthy:
      'Above 0.3 is good, 0.2–0.3 fair, below 0.2 weak. A negative value means something is wrong: check the key and the wording.',
  },
  {
    id: 'discriminative-efficiency',
    label: 'Discriminative efficiency',
    meaning:
      'The discrimination index compared with the best it could be, given how easy the item and the quiz are. It is fairer to very easy or very hard items.',
    healthy: 'Above 0.5.',
  },
  {
    id: 'option-counts',
    label: 'Option counts',
    meaning:
      'How many students picked each option, with the key marked. A distractor nobody picks is doing no work; one picked more than the key deserves a second look.',
    healthy: 'The key is the most popular choice, and each distractor attracts some students.',
  },
  {
    id: 'mean-median',
    label: 'Mean and median',
    meaning:
      'The average and the middle total score of the class, as a share of the maximum marks.',
    healthy:
      'Depends on the purpose of the quiz; a mean near 0.6–0.7 leaves room to separate students.',
  },
  {
    id: 'cronbach-alpha',
    label: "Cronbach's alpha",
    meaning:
      'How consistently the items measure the same thing: would the class rank the same way on a similar quiz?',
    healthy: 'Above 0.75 for a class quiz; above 0.9 for a high-stakes test.',
  },
  {
    id: 'error-ratio',
    label: 'Error ratio',
    meaning:
      'The share of the spread in scores that is due to chance rather than real differences between students.',
    healthy: 'Below 0.5.',
  },
  {
    id: 'standard-error',
    label: 'Standard error',
    meaning:
      'How far a single student’s score could move by chance alone, as a share of the maximum marks.',
    healthy: 'Small compared with the gaps between grade boundaries.',
  },
  {
    id: 'possibly-miskeyed',
    label: 'Possibly mis-keyed',
    meaning:
      'Among the top third of the class, a wrong option was chosen more often than the key. The key may be wrong, or the item ambiguous.',
    healthy: 'Not flagged. Checked only when the top third has at least 3 students.',
  },
  {
    id: 'does-not-discriminate',
    label: 'Does not discriminate',
    meaning:
      'Strong and weak students do about equally well on this item (discrimination below 0.2, or everyone got the same mark).',
    healthy: 'Not flagged. Checked only with at least 5 students.',
  },
  {
    id: 'too-easy',
    label: 'Too easy',
    meaning: 'Facility above 0.9: nearly everyone got it right, so it tells you little.',
    healthy: 'Not flagged, unless the item is a deliberate warm-up.',
  },
  {
    id: 'too-hard',
    label: 'Too hard',
    meaning:
      'Facility below 0.1: nearly everyone got it wrong. Check the key, the wording and whether it was taught.',
    healthy: 'Not flagged.',
  },
];
