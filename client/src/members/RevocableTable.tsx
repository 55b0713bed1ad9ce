// A section of the member administration that lists credentials (API tokens, workshop links) in a table with a
// revoke button per row: the heading, the error of loading or revoking, the "none yet" note and the table frame.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../shared/problem-message.ts';

type Props = {
  /** The id of the heading, which names the section. */
  headingId: string;
  title: string;
  /** What went wrong loading the list or revoking an entry, if anything. */
  error: Error | null;
  /** Shown once the list has loaded and holds nothing. */
  none: string | null;
  testId: string;
  /** Header cells; a last, visually hidden column holds the revoke buttons. */
  columns: readonly string[];
  /** The table's rows; none draws no table. */
  rows: readonly ReactNode[];
};

export function RevocableTable({ headingId, title, error, none, testId, columns, rows }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card admin-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {error ? (
        <p className="field-error" role="alert">
          {problemMessage(t, error, 'members')}
        </p>
      ) : null}
      {none !== null ? <p className="muted">{none}</p> : null}
      {rows.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('members.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
