import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';

/** The event's categories, each with its rounds and the screens that follow (entries, setup). */
export function EventCategories({ eventId }: { eventId: number }) {
  const { t } = useI18n();
  const categories = useQuery({
    queryKey: ['event', eventId, 'categories'],
    queryFn: async () =>
      (
        await api.GET('/api/v1/events/{id}/categories', {
          params: { path: { id: eventId }, query: { pageSize: 100 } },
        })
      ).data,
  });
  return (
    <section aria-labelledby="categories">
      <h2 id="categories">{t('events.categories')}</h2>
      <p className="actions-row">
        <Link href={`/events/${eventId}/categories/new`} className="button primary">
          {t('events.addCategory')}
        </Link>
      </p>
      {categories.data?.items.length === 0 && <p>{t('events.noCategories')}</p>}
      {categories.data && categories.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events.categoryCode')}</th>
                <th scope="col">{t('events.categoryName')}</th>
                <th scope="col">{t('events.format')}</th>
                <th scope="col">{t('events.entryCount')}</th>
                <th scope="col">{t('events.rounds')}</th>
              </tr>
            </thead>
            <tbody>
              {categories.data?.items.map((category) => (
                <tr key={category.id}>
                  <td>{category.code}</td>
                  <td>
                    <Link href={`/categories/${category.id}`}>{category.name}</Link>
                  </td>
                  <td>{t(`events.format_${category.format}`)}</td>
                  <td>
                    <Link href={`/categories/${category.id}/entries`}>{category.entryCount}</Link>
                  </td>
                  <td>
                    {category.rounds.map((round) => (
                      <Link key={round.id} href={`/rounds/${round.id}/setup`} className="chip">
                        {round.name}
                      </Link>
                    ))}
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
