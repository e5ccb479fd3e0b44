import { TableScroll } from '@/components/ui/TableScroll';
import type { ConfusionMatrix } from '@/lib/analytics/confusion';
import styles from './analysis.module.css';

type Props = {
  matrix: ConfusionMatrix;
  title: string;
  labelOf: (categoryId: string) => string;
};

/**
 * A heatmap that is also its own table alternative: each cell holds the count and the row
 * percentage as text; the shade only repeats what the text says (right answers in green, on
 * the diagonal; confusions in red).
 */
export function ConfusionTable({ matrix, title, labelOf }: Props) {
  return (
    <TableScroll label={`Confusion matrix: ${title}`}>
      <table className={`data-table ${styles.confusion}`}>
        <caption>
          {title}: rows are the key, columns the answer given; each cell shows the count and the
          share of its row.
        </caption>
        <thead>
          <tr>
            <th scope="col">Key ↓ / Answer →</th>
            {matrix.categories.map((c) => (
              <th key={c} scope="col">
                {labelOf(c)}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.categories.map((key, row) => (
            <tr key={key}>
              <th scope="row">{labelOf(key)}</th>
              {matrix.categories.map((given, column) => {
                const count = matrix.counts[row]![column]!;
                const share = matrix.rowPercent[row]![column] ?? null;
                return (
                  <td
                    key={given}
                    className={`num ${styles.cell}`}
                    data-kind={row === column ? 'right' : 'confused'}
                    style={{ '--share': `${Math.round(share ?? 0)}%` } as React.CSSProperties}
                    data-testid={`cell-${key}-${given}`}
                  >
                    {count}
                    {share !== null && count > 0 ? (
                      <span className={styles.share}> ({Math.round(share)}%)</span>
                    ) : null}
                  </td>
                );
              })}
              <td className="num">{matrix.rowTotals[row]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
