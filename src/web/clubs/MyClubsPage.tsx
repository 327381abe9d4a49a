import './clubs.css';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** A coach's clubs (an organiser's: the clubs of their units). */
export default function MyClubsPage() {
  const { t } = useI18n();
  const clubs = useQuery({
    queryKey: ['clubs'],
    queryFn: async () => (await api.GET('/api/v1/clubs', { params: { query: { pageSize: 100 } } })).data,
  });
  return (
    <section>
      <h1>{t('clubs.myClubs')}</h1>
      <p>
        <Link href="/trainees">{t('clubs.myTrainees')}</Link>
      </p>
      {clubs.isPending && <p role="status">{t('app.loading')}</p>}
      {clubs.data?.items.length === 0 && <p>{t('clubs.noClubs')}</p>}
      <ul className="cards">
        {clubs.data?.items.map((club) => (
          <li key={club.id} className="card">
            <h2>
              <Link href={`/clubs/${club.id}`}>{club.name}</Link>
            </h2>
            <p>{t('clubs.activeMembers', { count: club.activeMembers })}</p>
            {club.schedule && <p>{club.schedule}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
