import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../api/client';
import { formatDate, formatDateTime, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

const KNOWN_PRIZES = ['first', 'second', 'third', 'consolation', 'encouragement'] as const;

/**
 * The published results of a round for anyone with the link (/r/:roundId): no sign-in, readable on a phone,
 * names only as consent allows (the API leaves the others out), a corrected publication marked as such.
 */
export default function PublicResultsPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const roundId = Number(params.roundId);
  const results = useQuery({
    queryKey: ['public-results', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/public/rounds/{id}/results', { params: { path: { id: roundId }, query: {} } }))
        .data ?? null,
  });
  const data = results.data;
  useEffect(() => {
    if (data)
      document.title = `${t('results.title')} ${data.round.name} – ${data.category.name} – ${data.event.name}`;
  }, [data, t]);

  if (results.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!data) return <p>{t('results.notPublished')}</p>;
  const prizeName = (prize: string) =>
    (KNOWN_PRIZES as readonly string[]).includes(prize) ? t(`results.prizes.${prize}`) : prize;
  const { event } = data;
  const dates =
    event.startDate === event.endDate
      ? formatDate(event.startDate)
      : `${formatDate(event.startDate)} – ${formatDate(event.endDate)}`;

  return (
    <section className="public-results">
      <p className="eyebrow">{event.name}</p>
      <h1>
        {t('results.title')}: {data.round.name} – {data.category.name}
      </h1>
      <dl className="facts">
        <dt>{t('results.datesLabel')}</dt>
        <dd>{dates}</dd>
        {event.venue && (
          <>
            <dt>{t('judging.where')}</dt>
            <dd>{event.venue}</dd>
          </>
        )}
        {data.organisers.length > 0 && (
          <>
            <dt>{t('results.organisersLabel')}</dt>
            <dd>{data.organisers.join(', ')}</dd>
          </>
        )}
      </dl>
      {data.corrected ? (
        <p className="corrected" role="note">
          {t('results.corrected', { version: data.version, at: formatDateTime(data.publishedAt) })}
        </p>
      ) : (
        <p>{t('results.publishedAt', { at: formatDateTime(data.publishedAt) })}</p>
      )}
      <div className="table-wrap">
        <table className="results">
          <thead>
            <tr>
              <th scope="col">{t('results.rank')}</th>
              <th scope="col">{t('results.name')}</th>
              <th scope="col">{t('results.score')}</th>
              <th scope="col">{t('results.prize')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((entry) => (
              <tr key={entry.code}>
                <td>{entry.rank ?? '—'}</td>
                <td>
                  <strong>{entry.name ?? t('results.hiddenName')}</strong>
                  <br />
                  <span className="hint">
                    {entry.code} · {entry.unit}
                  </span>
                </td>
                <td>{entry.score === null ? '—' : formatDecimal(entry.score, language)}</td>
                <td>{entry.prize ? prizeName(entry.prize) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
