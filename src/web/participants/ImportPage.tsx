import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';

/** A CSV or XLSX file of children: uploaded, checked by a queued job with its progress, all rows or none. */
export default function ImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [organisationId, setOrganisationId] = useState(0);
  const [importId, setImportId] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const units = useQuery({
    queryKey: ['organisations', 'mine'],
    queryFn: async () =>
      (await api.GET('/api/v1/organisations', { params: { query: { pageSize: 100 } } })).data,
  });
  const unit = organisationId || units.data?.items[0]?.id || 0;
  const job = useQuery({
    queryKey: ['import', importId],
    enabled: importId !== null,
    queryFn: async () =>
      (await api.GET('/api/v1/imports/{id}', { params: { path: { id: importId! } } })).data,
    refetchInterval: (query) =>
      query.state.data && ['succeeded', 'failed'].includes(query.state.data.state) ? false : 1000,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFailure(t('participants.chooseFile'));
      return;
    }
    setFailure(null);
    const body = new FormData();
    body.append('organisationId', String(unit));
    body.append('file', file);
    const { data, error } = await api.POST('/api/v1/imports/participants', {
      // The multipart body goes as the browser builds it (with its boundary), not as JSON.
      body: {} as never,
      bodySerializer: () => body,
    });
    if (data) setImportId(data.id);
    else setFailure(asProblem(error).detail ?? t('errors.unexpected'));
  };
  const state = job.data;
  const percent =
    state && state.totalRows > 0 ? Math.round((state.processedRows / state.totalRows) * 100) : 0;
  return (
    <section className="narrow">
      <p>
        <Link href="/participants">{t('participants.title')}</Link>
      </p>
      <h1>{t('participants.import')}</h1>
      <p className="hint">{t('participants.importHint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormError message={failure} />
        <div className="field">
          <label htmlFor="import-unit">{t('participants.unit')}</label>
          <select id="import-unit" value={unit} onChange={(e) => setOrganisationId(Number(e.target.value))}>
            {units.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('participants.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="primary">
          {t('participants.upload')}
        </button>
      </form>
      {state && (
        <div className="card" aria-live="polite">
          <label htmlFor="import-progress">{t(`participants.importState_${state.state}`)}</label>
          <progress id="import-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <p>{t('participants.importCounts', state)}</p>
          {state.errors.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('participants.row')}</th>
                    <th scope="col">{t('participants.column')}</th>
                    <th scope="col">{t('participants.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.errors.map((e) => (
                    <tr key={`${e.row}-${e.column}`}>
                      <td>{e.row}</td>
                      <td>{e.column}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
