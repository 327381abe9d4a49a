import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** "My rounds": what a judge owes, where and when; a secretary reaches the panel's sheets from here. */
export default function MyRoundsPage() {
  const { t } = useI18n();
  const rounds = useQuery({
    queryKey: ['my-rounds'],
    queryFn: async () => (await api.GET('/api/v1/me/rounds')).data?.items ?? [],
  });
  if (rounds.isPending) return <p role="status">{t('app.loading')}</p>;
  const items = rounds.data ?? [];
  return (
    <section>
      <h1>{t('judging.myRoundsTitle')}</h1>
      {items.length === 0 && <p>{t('judging.noRounds')}</p>}
      {items.map((round) => {
        const dates =
          round.startDate === round.endDate
            ? formatDate(round.startDate)
            : `${formatDate(round.startDate)} – ${formatDate(round.endDate)}`;
        const secretary = round.panelRole === 'secretary';
        return (
          <article className="card" key={round.roundId}>
            <h2>
              {round.roundName} – {round.categoryName}
            </h2>
            <p>{round.eventName}</p>
            <dl className="facts">
              <dt>{t('judging.where')}</dt>
              <dd>{round.venue ?? '—'}</dd>
              <dt>{t('judging.when')}</dt>
              <dd>{dates}</dd>
            </dl>
            <p>
              <span className="badge">
                {round.roundState === 'locked'
                  ? t('judging.state_locked')
                  : round.submittedAt
                    ? `${t('judging.state_submitted')} ${formatDateTime(round.submittedAt)}`
                    : t('judging.state_open')}
              </span>{' '}
              {!secretary && t('judging.owed', { filled: round.filled, owed: round.owed })}
            </p>
            <Link
              href={secretary ? `/judging/rounds/${round.roundId}/panel` : `/judging/rounds/${round.roundId}`}
            >
              {secretary ? t('judging.paperSheets') : t('judging.open')}
            </Link>
          </article>
        );
      })}
    </section>
  );
}
