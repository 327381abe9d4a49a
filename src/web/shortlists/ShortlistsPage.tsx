import './shortlists.css';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';
import { isBuilding, parametersOf } from './data';
import { ProgressBar } from './ProgressBar';

/** The shortlist requests and their versions, newest first; building ones show their progress. */
export default function ShortlistsPage() {
  const { t } = useI18n();
  const runs = useQuery({
    queryKey: ['shortlists'],
    queryFn: async () => (await api.GET('/api/v1/shortlists', { params: { query: { pageSize: 100 } } })).data,
    refetchInterval: (query) => (query.state.data?.items.some(isBuilding) ? 1000 : false),
  });
  return (
    <section>
      <h1>{t('shortlists.title')}</h1>
      <p className="toolbar">
        <Link href="/shortlists/new" className="button primary">
          {t('shortlists.request')}
        </Link>
        <Link href="/fostering-programmes" className="button">
          {t('fostering.title')}
        </Link>
      </p>
      {runs.isPending && <p role="status">{t('app.loading')}</p>}
      {runs.data?.items.length === 0 && <p>{t('shortlists.none')}</p>}
      <ul className="rows">
        {runs.data?.items.map((run) => {
          const p = parametersOf(run);
          return (
            <li key={run.id}>
              <div>
                <Link href={`/shortlists/${run.id}`}>
                  {t('shortlists.runName', { id: run.lineageId, version: run.lineageVersion })}
                </Link>{' '}
                <span className={`badge state-${run.state}`}>{t(`shortlists.state_${run.state}`)}</span>
                {run.stale && <span className="badge stale">{t('shortlists.stale')}</span>}
                <p className="plain">
                  {t('shortlists.summary', {
                    date: formatDate(p.referenceDate),
                    from: formatDate(p.period.from),
                    to: formatDate(p.period.to),
                    bands: p.ageBands.map((b) => `${b.min}–${b.max}`).join(', '),
                  })}
                  {' · '}
                  {t('shortlists.requestedAt', { at: formatDateTime(run.createdAt) })}
                </p>
                {isBuilding(run) && <ProgressBar run={run} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
