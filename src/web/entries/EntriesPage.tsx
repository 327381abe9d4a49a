import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { AddEntrant } from './AddEntrant';
import { EntryRow } from './EntryRow';
import { PasteEntries } from './PasteEntries';

/** An organiser's entries of a category: the list, adding by search or by pasting rows, withdraw, reinstate. */
export default function EntriesPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const categoryId = Number(params.categoryId);
  const queryClient = useQueryClient();
  const category = useQuery({
    queryKey: ['category', categoryId],
    queryFn: async () =>
      (await api.GET('/api/v1/categories/{id}', { params: { path: { id: categoryId } } })).data ?? null,
  });
  const entries = useQuery({
    queryKey: ['entries', categoryId, 'list'],
    queryFn: async () =>
      (
        await api.GET('/api/v1/categories/{id}/entries', {
          params: { path: { id: categoryId }, query: { pageSize: 100 } },
        })
      ).data ?? null,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['entries', categoryId] });

  if (category.isPending || entries.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!category.data || !entries.data) return <FormError message={t('errors.unexpected')} />;
  return (
    <section>
      <h1>{t('entries.title', { category: category.data.name })}</h1>
      <p>{t('entries.count', { count: entries.data.total })}</p>
      <div className="columns">
        <AddEntrant categoryId={categoryId} onRegistered={refresh} />
        <PasteEntries categoryId={categoryId} onRegistered={refresh} />
      </div>
      <h2>{t('entries.listTitle')}</h2>
      <ul className="plain">
        {entries.data.items.map((entry) => (
          <EntryRow key={entry.id} entry={entry} onChanged={refresh} />
        ))}
      </ul>
    </section>
  );
}
