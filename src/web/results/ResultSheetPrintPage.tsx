import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDate, formatDecimal } from '../i18n/format';
import { useVietnamese } from '../i18n/i18n';
import { entryName, judgeTotals, panelJudges } from './breakdown';

const KNOWN_PRIZES = ['first', 'second', 'third', 'consolation', 'encouragement'] as const;

/**
 * The official result sheet (biên bản kết quả), for the browser to print or save as PDF on A4: each judge's
 * total, the final score and the prize, and the signature lines of the head of the jury and the secretary.
 * Always in Vietnamese: it is an official document.
 */
export default function ResultSheetPrintPage({ params }: { params: Record<string, string> }) {
  const t = useVietnamese();
  const roundId = Number(params.roundId);
  const results = useQuery({
    queryKey: ['round-results', roundId],
    queryFn: async () =>
      (
        await api.GET('/api/v1/rounds/{id}/results', {
          params: { path: { id: roundId }, query: { include: 'breakdown' } },
        })
      ).data ?? null,
  });
  if (results.isPending) return <p role="status">{t('app.loading')}</p>;
  const data = results.data;
  if (!data) return <p>{t('results.notPublished')}</p>;
  const judges = panelJudges(data);
  const prizeName = (prize: string) =>
    (KNOWN_PRIZES as readonly string[]).includes(prize) ? t(`results.prizes.${prize}`) : prize;
  const dates =
    data.event.startDate === data.event.endDate
      ? formatDate(data.event.startDate)
      : `${formatDate(data.event.startDate)} – ${formatDate(data.event.endDate)}`;

  return (
    <article className="print-sheet" lang="vi">
      <div className="no-print toolbar">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <header className="print-header">
        <p className="nation">{t('print.nation')}</p>
        <p className="motto">{t('print.motto')}</p>
        <h1>{t('print.title')}</h1>
        <p>{data.event.name}</p>
        <p>
          {data.category.name} – {data.round.name}
        </p>
        <p>
          {t('print.dates')}: {dates}
          {data.event.venue ? ` · ${t('print.venue')}: ${data.event.venue}` : ''}
        </p>
      </header>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.rank')}</th>
            <th scope="col">{t('print.code')}</th>
            <th scope="col">{t('print.name')}</th>
            <th scope="col">{t('print.unit')}</th>
            {judges.map((judge, index) => (
              <th scope="col" key={judge.judgeId} title={judge.fullName}>
                {t('print.judge', { number: index + 1 })}
              </th>
            ))}
            <th scope="col">{t('print.final')}</th>
            <th scope="col">{t('print.prize')}</th>
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
                <td>{entry.organisationName}</td>
                {judges.map((judge) => {
                  const total = lines.get(judge.judgeId)?.total;
                  return <td key={judge.judgeId}>{total ? formatDecimal(total, 'vi') : '—'}</td>;
                })}
                <td>
                  <strong>{entry.finalScore ? formatDecimal(entry.finalScore, 'vi') : '—'}</strong>
                </td>
                <td>{entry.prize ? prizeName(entry.prize) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ol className="print-judges">
        {judges.map((judge, index) => (
          <li key={judge.judgeId}>
            {t('print.judge', { number: index + 1 })}: {judge.fullName}
          </li>
        ))}
      </ol>
      <div className="signatures">
        <div>
          <p className="role">{t('print.secretary')}</p>
          <p className="sign-hint">{t('print.signHint')}</p>
        </div>
        <div>
          <p className="role">{t('print.headJudge')}</p>
          <p className="sign-hint">{t('print.signHint')}</p>
        </div>
      </div>
    </article>
  );
}
