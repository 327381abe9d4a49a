import './clubs.css';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** A coach's trainees across their clubs, with the flags that ask for a word with the child or family. */
export default function MyTraineesPage() {
  const { t } = useI18n();
  const trainees = useQuery({
    queryKey: ['trainees'],
    queryFn: async () =>
      (await api.GET('/api/v1/me/trainees', { params: { query: { pageSize: 100 } } })).data,
  });
  const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
  return (
    <section>
      <p>
        <Link href="/clubs">{t('clubs.myClubs')}</Link>
      </p>
      <h1>{t('clubs.myTrainees')}</h1>
      {trainees.isPending && <p role="status">{t('app.loading')}</p>}
      {trainees.data?.items.length === 0 && <p>{t('clubs.noTrainees')}</p>}
      {trainees.data && trainees.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('clubs.name')}</th>
                <th scope="col">{t('clubs.clubsColumn')}</th>
                <th scope="col">{t('clubs.latestAssessment')}</th>
                <th scope="col">{t('clubs.attendance90')}</th>
                <th scope="col">{t('clubs.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {trainees.data.items.map((trainee) => (
                <tr key={trainee.participantId}>
                  <td>
                    <Link href={`/trainees/${trainee.participantId}`}>{trainee.fullName}</Link>
                  </td>
                  <td>{trainee.clubs.map((club) => club.name).join(', ')}</td>
                  <td>
                    {trainee.latestAssessment
                      ? `${percent(trainee.latestAssessment.normalisedScore)} · ${formatDate(trainee.latestAssessment.assessedOn)}`
                      : '–'}
                  </td>
                  <td>{percent(trainee.attendanceRate90Days)}</td>
                  <td>
                    {trainee.flags.attendanceDropping && (
                      <span className="badge warn">{t('clubs.attendanceDropping')}</span>
                    )}
                    {trainee.flags.assessmentsDropping && (
                      <span className="badge warn">{t('clubs.assessmentsDropping')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
