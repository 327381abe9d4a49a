import './entries.css';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { parsePastedRows } from './pasted-rows';
import { resolveRows, type ResolvedRow } from './resolve-rows';

/** Paste a block of rows from Excel, see each row checked, then register them all in one request. */
export function PasteEntries({ categoryId, onRegistered }: { categoryId: number; onRegistered: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<ResolvedRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<number, string[]>>({});

  const preview = async () => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    setServerErrors({});
    try {
      setRows(await resolveRows(parsePastedRows(text)));
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!rows) return;
    setBusy(true);
    setFailure(null);
    try {
      const { data, error } = await api.POST('/api/v1/categories/{id}/entries/bulk', {
        params: { path: { id: categoryId } },
        body: {
          entries: rows.map((row) => ({
            members: [row.participantId!],
            organisationId: row.organisationId!,
            ...(row.title ? { title: row.title } : {}),
          })),
        },
      });
      if (!data) {
        const problem = asProblem(error);
        setServerErrors(errorsByRow(problem.errors ?? []));
        setFailure(problem.detail ?? t('errors.unexpected'));
        return;
      }
      setDone(t('entries.pasteDone', { count: data.items.length }));
      setRows(null);
      setText('');
      onRegistered();
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const invalid = rows?.filter((row) => row.problems.length > 0).length ?? 0;
  return (
    <div className="card">
      <h2>{t('entries.pasteTitle')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('entries.pasteLabel')}</label>
        <span className="hint" id={`${id}-hint`}>
          {t('entries.pasteHint')}
        </span>
        <textarea
          id={id}
          rows={6}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setRows(null);
          }}
        />
      </div>
      <div className="toolbar">
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void preview()}>
          {t('entries.preview')}
        </button>
        {rows && rows.length > 0 && (
          <button
            type="button"
            className="primary"
            disabled={busy || invalid > 0}
            onClick={() => void send()}
          >
            {t('entries.sendRows', { count: rows.length })}
          </button>
        )}
      </div>
      <FormError message={failure} />
      {done && (
        <p className="saved" role="status">
          {done}
        </p>
      )}
      {rows && (
        <>
          <p role="status">
            {invalid > 0
              ? t('entries.rowsInvalid', { count: invalid })
              : t('entries.rowsReady', { count: rows.length })}
          </p>
          <div className="table-wrap paste-preview">
            <table>
              <caption>{t('entries.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('entries.line')}</th>
                  <th scope="col">{t('entries.check')}</th>
                  <th scope="col">{t('entries.fullName')}</th>
                  <th scope="col">{t('entries.dateOfBirth')}</th>
                  <th scope="col">{t('entries.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const problems = [
                    ...row.problems.map((problem) => t(`entries.problem.${problem}`)),
                    ...(serverErrors[index] ?? []),
                  ];
                  return (
                    <tr key={row.line} className={problems.length > 0 ? 'row-error' : undefined}>
                      <td>{row.line}</td>
                      <td>
                        {problems.length === 0 ? (
                          <span className="saved">{t('entries.rowOk')}</span>
                        ) : (
                          <span className="field-error">{problems.join(' ')}</span>
                        )}
                      </td>
                      <td>{row.fullName}</td>
                      <td>{row.dateOfBirth ? formatDate(row.dateOfBirth) : row.dateOfBirthText}</td>
                      <td>{row.unit}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** The bulk route names problems `entries.<index>.<field>`; the preview shows them on their row. */
function errorsByRow(errors: { path: string; message: string }[]): Record<number, string[]> {
  const byRow: Record<number, string[]> = {};
  for (const error of errors) {
    const match = /^entries\.(\d+)\./.exec(error.path);
    if (match) (byRow[Number(match[1])] ??= []).push(error.message);
  }
  return byRow;
}
