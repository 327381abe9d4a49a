import './shortlists.css';
import { BackToRun } from './BackToRun';
import { useQuery } from '@tanstack/react-query';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { allCandidates, useRun, type Candidate } from './data';
import { compareVersions } from './version-diff';

/** A rebuilt version against the one it was rebuilt from: who came in, who went out, whose evidence changed. */
export default function ComparePage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const id = Number(params.id);
  const run = useRun(id);
  const previousId = run.data?.rebuiltFromId ?? null;
  const diff = useQuery({
    queryKey: ['shortlist', id, 'compare', previousId],
    enabled: previousId !== null,
    queryFn: async () => compareVersions(await allCandidates(previousId!), await allCandidates(id)),
  });
  if (run.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!run.data) return <p role="alert">{t('app.notFound')}</p>;
  const score = (c: Candidate) => formatDecimal(c.score, language);
  const list = (title: string, items: Candidate[]) => (
    <section className="card" aria-labelledby={title}>
      <h2 id={title}>{t(`shortlists.${title}`, { n: items.length })}</h2>
      {items.length === 0 ? (
        <p>{t('shortlists.nobody')}</p>
      ) : (
        <ul>
          {items.map((c) => (
            <li key={c.participantId}>
              {c.fullName} · {t('shortlists.scoreIs', { score: score(c) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section>
      <BackToRun run={run.data} />
      <h1>
        {t('shortlists.compareTitle', {
          version: run.data.lineageVersion,
          before: run.data.lineageVersion - 1,
        })}
      </h1>
      {previousId === null && <p>{t('shortlists.firstVersion')}</p>}
      {diff.isPending && previousId !== null && <p role="status">{t('app.loading')}</p>}
      {diff.data && (
        <div className="chart-grid">
          {list('cameIn', diff.data.cameIn)}
          {list('wentOut', diff.data.wentOut)}
          <section className="card" aria-labelledby="changed">
            <h2 id="changed">{t('shortlists.evidenceChanged', { n: diff.data.evidenceChanged.length })}</h2>
            {diff.data.evidenceChanged.length === 0 ? (
              <p>{t('shortlists.nobody')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('shortlists.child')}</th>
                      <th scope="col" className="number">
                        {t('shortlists.scoreBefore')}
                      </th>
                      <th scope="col" className="number">
                        {t('shortlists.scoreAfter')}
                      </th>
                      <th scope="col" className="number">
                        {t('shortlists.itemsBeforeAfter')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.data.evidenceChanged.map(({ before, after }) => (
                      <tr key={after.participantId}>
                        <th scope="row">{after.fullName}</th>
                        <td className="number">{score(before)}</td>
                        <td className="number">{score(after)}</td>
                        <td className="number">
                          {before.evidence.length} → {after.evidence.length}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
