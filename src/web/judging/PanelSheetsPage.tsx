import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** A secretary's view of the panel: each judge, whether their sheet is in, and the way to type a paper one. */
export default function PanelSheetsPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const roundId = Number(params.roundId);
  const panel = useQuery({
    queryKey: ['panel', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/panel', { params: { path: { id: roundId } } })).data ?? null,
  });
  if (panel.isPending) return <p role="status">{t('app.loading')}</p>;
  const judges = (panel.data?.members ?? []).filter((member) => member.role !== 'secretary');
  return (
    <section>
      <p>
        <Link href="/judging">{t('nav.myRounds')}</Link>
      </p>
      <h1>{t('judging.paperSheets')}</h1>
      <ul className="plain">
        {judges.map((judge) => (
          <li key={judge.userId} className="card">
            <Link href={`/judging/rounds/${roundId}/judges/${judge.userId}`}>
              {t('judging.typeSheetOf', { name: judge.fullName })}
            </Link>{' '}
            {judge.submittedAt && (
              <span className="badge">{`${t('judging.state_submitted')} ${formatDateTime(judge.submittedAt)}`}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
