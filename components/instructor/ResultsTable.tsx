'use client';

import { TableScroll } from '@/components/ui/TableScroll';
import Link from 'next/link';
import { useState } from 'react';
import type { AttemptStatus, StudentRow } from '@/lib/assignments/views';
import { formatDuration, formatMarks } from './format';

type Props = { assignmentId: string; rows: StudentRow[]; certaintyBased: boolean };

type SortKey = 'name' | 'status' | 'score' | 'time';

const STATUS_LABEL: Record<AttemptStatus, string> = {
  'in-progress': 'In progress',
  submitted: 'Submitted',
  'time-limit': 'Time limit reached',
  due: 'Ended at due date',
  closed: 'Ended at close',
};

/** One row per attempt: sortable by column, filterable by name and status. */
export function ResultsTable({ assignmentId, rows, certaintyBased }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'name',
    descending: false,
  });
  const [nameFilter, setNameFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState<'all' | 'finished' | 'in-progress'>('all');

  const value = (row: StudentRow): string | number => {
    switch (sort.key) {
      case 'name':
        return row.name.toLowerCase();
      case 'status':
        return STATUS_LABEL[row.status];
      case 'score':
        return row.max === 0 ? 0 : row.earned / row.max;
      case 'time':
        return row.durationMs;
    }
  };
  const shown = rows
    .filter((row) => row.name.toLowerCase().includes(nameFilter.trim().toLowerCase()))
    .filter((row) =>
      statusFilter === 'all'
        ? true
        : statusFilter === 'in-progress'
          ? row.status === 'in-progress'
          : row.status !== 'in-progress',
    )
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : a.number - b.number;
      return sort.descending ? -order : order;
    });

  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );

  return (
    <>
      <div className="filter-row">
        <div className="field">
          <label htmlFor="name-filter">Filter by name</label>
          <input
            id="name-filter"
            type="search"
            value={nameFilter}
            onChange={(e) => setNameFilter(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="status-filter">Show</label>
          <select
            id="status-filter"
            value={statusFilter}
            onChange={(e) => setStatusFilter(e.target.value as typeof statusFilter)}
          >
            <option value="all">Every attempt</option>
            <option value="finished">Submitted</option>
            <option value="in-progress">In progress</option>
          </select>
        </div>
      </div>
      <p className="muted" aria-live="polite">
        {shown.length} of {rows.length} attempts shown.
      </p>
      <TableScroll label="Attempts">
        <table className="data-table">
          <caption className="visually-hidden">Attempts, one row per student attempt</caption>
          <thead>
            <tr>
              {header('name', 'Student')}
              {header('status', 'Status')}
              {header('score', 'Score', true)}
              {header('time', 'Time taken', true)}
              {certaintyBased ? <th scope="col">Certainty: right at 1 / 2 / 3</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.attemptId}>
                <th scope="row">
                  <Link href={`/instructor/assignments/${assignmentId}/attempts/${row.attemptId}`}>
                    {row.name}
                  </Link>
                  {row.number > 1 ? <span className="muted"> (attempt {row.number})</span> : null}
                </th>
                <td>
                  {STATUS_LABEL[row.status]}
                  <br />
                  <span className="muted">
                    {row.answered} of {row.total} answered
                  </span>
                </td>
                <td className="num">
                  {formatMarks(row.earned)} / {formatMarks(row.max)}
                  <br />
                  <span className="muted">
                    {row.max === 0 ? 0 : Math.round((Math.max(0, row.earned) / row.max) * 100)}%
                  </span>
                </td>
                <td className="num">{formatDuration(row.durationMs)}</td>
                {certaintyBased ? (
                  <td>
                    {(row.calibration ?? [])
                      .map((c) =>
                        c.accuracy === undefined ? '–' : `${Math.round(c.accuracy * 100)}%`,
                      )
                      .join(' / ')}
                    {overconfident(row) ? (
                      <>
                        <br />
                        <span>⚠ over-confident</span>
                      </>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function overconfident(row: StudentRow): boolean {
  return (row.calibration ?? []).some((c) => c.verdict === 'over-confident');
}
