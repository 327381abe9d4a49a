import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { formatDateTime, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { AfterPublication } from './AfterPublication';
import { entryName, judgeTotals, panelJudges } from './breakdown';

/** An organiser's round: the results preview with each judge's total, what blocks publication, lock, publish. */
export default function RoundResultsPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const roundId = Number(params.roundId);
  const queryClient = useQueryClient();
  const queryKey = ['round-results', roundId];
  const results = useQuery({
    queryKey,
    queryFn: async () =>
      (
        await api.GET('/api/v1/rounds/{id}/results', {
          params: { path: { id: roundId }, query: { include: 'breakdown' } },
        })
      ).data ?? null,
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (action: 'lock' | 'publish') => {
    setBusy(true);
    setProblem(null);
    try {
      const answer =
        action === 'lock'
          ? await api.POST('/api/v1/rounds/{id}/lock', { params: { path: { id: roundId } } })
          : await api.POST('/api/v1/rounds/{id}/publish', { params: { path: { id: roundId } }, body: {} });
      if (answer.error !== undefined || !answer.response.ok) setProblem(asProblem(answer.error));
      await queryClient.invalidateQueries({ queryKey });
    } catch {
      setProblem({ detail: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };

  if (results.isPending) return <p role="status">{t('app.loading')}</p>;
  const data = results.data;
  if (!data) return <FormError message={t('errors.unexpected')} />;
  const judges = panelJudges(data);
  const blockers = (data.readiness?.blockers ?? []) as { kind?: string; fullName?: string }[];
  const score = (value: string | null | undefined) => (value ? formatDecimal(value, language) : '—');

  return (
    <section>
      <p className="eyebrow">{data.event.name}</p>
      <h1>
        {t('results.title')}: {data.round.name} – {data.category.name}
      </h1>
      <p>
        <span className="badge">
          {data.round.state === 'locked' ? t('judging.state_locked') : t('judging.state_open')}
        </span>{' '}
        {data.publications[0] &&
          t('results.publishedAt', { at: formatDateTime(data.publications[0].publishedAt) })}
      </p>
      {blockers.length > 0 && (
        <div className="status" role="status">
          <h2>{t('results.blockersTitle')}</h2>
          <ul>
            {blockers.map((blocker, index) => (
              <li key={index}>
                {t(`results.blocker.${blocker.kind ?? 'other'}`, {
                  name: blocker.fullName ?? '',
                  defaultValue: blocker.kind,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormError message={problem?.detail} />
      <div className="toolbar">
        {data.round.state === 'open' && (
          <button type="button" disabled={busy} onClick={() => void act('lock')}>
            {t('results.lock')}
          </button>
        )}
        {data.round.publishedVersion === 0 && (
          <button
            type="button"
            className="primary"
            disabled={busy || !data.readiness?.canPublish}
            onClick={() => void act('publish')}
          >
            {t('results.publish')}
          </button>
        )}
        <Link href={`/results/rounds/${roundId}/print`}>{t('results.printSheet')}</Link>
        {data.round.publishedVersion > 0 && <Link href={`/r/${roundId}`}>{t('results.publicPage')}</Link>}
      </div>
      <AfterPublication
        results={data}
        judges={judges}
        onChanged={() => queryClient.invalidateQueries({ queryKey })}
      />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.rank')}</th>
              <th scope="col">{t('results.code')}</th>
              <th scope="col">{t('results.name')}</th>
              {judges.map((judge) => (
                <th scope="col" key={judge.judgeId}>
                  {judge.fullName}
                </th>
              ))}
              <th scope="col">{t('results.score')}</th>
              <th scope="col">{t('results.prize')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((entry) => {
              const lines = new Map(judgeTotals(entry).map((line) => [line.judgeId, line]));
              return (
                <tr key={entry.entryId}>
                  <td>{entry.rank ?? '—'}</td>
                  <td>{entry.code}</td>
                  <td>{entryName(entry)}</td>
                  {judges.map((judge) => (
                    <td key={judge.judgeId}>{score(lines.get(judge.judgeId)?.total)}</td>
                  ))}
                  <td>
                    <strong>{score(entry.finalScore)}</strong>
                  </td>
                  <td>
                    {entry.prize ? t(`results.prizes.${entry.prize}`, { defaultValue: entry.prize }) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
