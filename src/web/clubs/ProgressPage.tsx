import './clubs.css';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDate, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { BarChart, LineChart } from '../ui/charts';
import { Link } from '../ui/Link';

/** A trainee's progress: each criterion over time, attendance by month, contest results; each chart with its table. */
export default function ProgressPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const participantId = Number(params.participantId);
  const progress = useQuery({
    queryKey: ['progress', participantId],
    queryFn: async () =>
      (await api.GET('/api/v1/participants/{id}/progress', { params: { path: { id: participantId } } })).data,
  });
  const person = useQuery({
    queryKey: ['participant', participantId],
    queryFn: async () =>
      (await api.GET('/api/v1/participants/{id}', { params: { path: { id: participantId } } })).data,
  });
  if (progress.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!progress.data) return <p role="alert">{t('app.notFound')}</p>;
  const month = (value: string) => `${value.slice(5, 7)}/${value.slice(0, 4)}`;
  const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
  return (
    <section>
      <p>
        <Link href="/trainees">{t('clubs.myTrainees')}</Link>
      </p>
      <h1>{t('clubs.progressTitle', { name: person.data?.fullName ?? '' })}</h1>

      <h2>{t('clubs.assessments')}</h2>
      {progress.data.assessments.length === 0 && <p>{t('clubs.noAssessments')}</p>}
      {progress.data.assessments.map((rubric) => (
        <div key={rubric.rubricId}>
          <h3>{rubric.rubricName}</h3>
          <div className="chart-grid">
            {rubric.criteria.map((criterion) => (
              <figure key={criterion.criterionId} className="card">
                <figcaption>{criterion.name}</figcaption>
                <LineChart
                  title={t('clubs.criterionChart', { name: criterion.name })}
                  min={Number(criterion.min)}
                  max={Number(criterion.max)}
                  points={criterion.points.map((p) => ({
                    label: formatDate(p.date).slice(0, 5),
                    value: Number(p.value),
                  }))}
                />
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('clubs.date')}</th>
                      <th scope="col">{t('clubs.mark')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {criterion.points.map((p) => (
                      <tr key={p.assessmentId}>
                        <td>{formatDate(p.date)}</td>
                        <td>{formatDecimal(p.value, language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figure>
            ))}
          </div>
        </div>
      ))}

      <h2>{t('clubs.attendanceByMonth')}</h2>
      {progress.data.attendance.length === 0 ? (
        <p>{t('clubs.noAttendance')}</p>
      ) : (
        <figure className="card">
          <BarChart
            title={t('clubs.attendanceChart')}
            max={100}
            points={progress.data.attendance.map((m) => ({
              label: month(m.month),
              value: Math.round((m.rate ?? 0) * 100),
            }))}
          />
          <table>
            <thead>
              <tr>
                <th scope="col">{t('clubs.monthColumn')}</th>
                <th scope="col">{t('clubs.status_present')}</th>
                <th scope="col">{t('clubs.status_absent')}</th>
                <th scope="col">{t('clubs.status_excused')}</th>
                <th scope="col">{t('clubs.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.data.attendance.map((m) => (
                <tr key={m.month}>
                  <td>{month(m.month)}</td>
                  <td>{m.present}</td>
                  <td>{m.absent}</td>
                  <td>{m.excused}</td>
                  <td>{percent(m.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}

      <h2>{t('clubs.results')}</h2>
      {progress.data.results.length === 0 ? (
        <p>{t('clubs.noResults')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('clubs.event')}</th>
                <th scope="col">{t('clubs.date')}</th>
                <th scope="col">{t('clubs.round')}</th>
                <th scope="col">{t('clubs.rank')}</th>
                <th scope="col">{t('clubs.score')}</th>
                <th scope="col">{t('clubs.prize')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.data.results.map((r) => (
                <tr key={`${r.eventId}-${r.categoryCode}-${r.roundPosition}`}>
                  <td>{r.eventName}</td>
                  <td>{formatDate(r.eventDate)}</td>
                  <td>
                    {r.categoryName} · {r.roundName}
                  </td>
                  <td>{r.rank ?? '–'}</td>
                  <td>{r.finalScore === null ? '–' : formatDecimal(r.finalScore, language)}</td>
                  <td>{r.prize ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
