import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';

const DONE = ['succeeded', 'failed', 'expired'];

/** Asks for the summary as a spreadsheet, shows the job's progress, then a link to the file. */
export function ExportPanel({ params }: { params: Record<string, unknown> }) {
  const { t } = useI18n();
  const [exportId, setExportId] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const job = useQuery({
    queryKey: ['export', exportId],
    enabled: exportId !== null,
    queryFn: async () =>
      (await api.GET('/api/v1/exports/{id}', { params: { path: { id: exportId! } } })).data ?? null,
    refetchInterval: (query) => (query.state.data && DONE.includes(query.state.data.state) ? false : 700),
  });
  const state = job.data;

  // The file needs the access token, so it is fetched here and offered as a local link.
  useEffect(() => {
    if (state?.state !== 'succeeded' || exportId === null) return;
    let url: string | null = null;
    void (async () => {
      const { data } = await api.GET('/api/v1/exports/{id}/file', {
        params: { path: { id: exportId } },
        parseAs: 'blob',
      });
      if (!data) return setFailure(t('errors.unexpected'));
      url = URL.createObjectURL(data);
      setFile({ url, name: state.fileName ?? 'bao-cao.xlsx' });
    })();
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [state?.state, state?.fileName, exportId, t]);

  const request = async () => {
    setFailure(null);
    setFile(null);
    const { data, error } = await api.POST('/api/v1/exports', { body: { kind: 'summary', params } });
    if (data) setExportId(data.id);
    else setFailure(asProblem(error).detail ?? t('errors.unexpected'));
  };
  return (
    <div className="card export-panel">
      <h2>{t('reports.exportTitle')}</h2>
      <FormError message={failure} />
      <button
        type="button"
        className="primary"
        onClick={() => void request()}
        disabled={state !== undefined && state !== null && !DONE.includes(state.state)}
      >
        {t('reports.exportRequest')}
      </button>
      {state && (
        <div role="status">
          <label htmlFor="export-progress">{t(`reports.exportState_${state.state}`)}</label>
          <progress id="export-progress" max={100} value={state.progress}>
            {state.progress}%
          </progress>
          <span> {state.progress}%</span>
        </div>
      )}
      {file && (
        <p>
          <a href={file.url} download={file.name}>
            {t('reports.download', { name: file.name })}
          </a>
        </p>
      )}
    </div>
  );
}
