import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';

/** Registers one child, found by name with or without diacritics, for the unit they belong to. */
export function AddEntrant({ categoryId, onRegistered }: { categoryId: number; onRegistered: () => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const query = q.trim();
  const candidates = useQuery({
    queryKey: ['entries', categoryId, 'candidates', query],
    enabled: query.length >= 2,
    queryFn: async () =>
      (await api.GET('/api/v1/participants', { params: { query: { q: query, pageSize: 10 } } })).data,
  });
  const add = async (child: { id: number; fullName: string; organisationId: number }) => {
    setFailure(null);
    setAdded(null);
    try {
      const { data, error } = await api.POST('/api/v1/categories/{id}/entries', {
        params: { path: { id: categoryId } },
        body: { members: [child.id], organisationId: child.organisationId },
      });
      if (!data) {
        const problem = asProblem(error);
        setFailure(problem.errors?.[0]?.message ?? problem.detail ?? t('errors.unexpected'));
        return;
      }
      setAdded(t('entries.added', { name: child.fullName, code: data.code }));
      setQ('');
      onRegistered();
    } catch {
      setFailure(t('errors.network'));
    }
  };
  return (
    <div className="card">
      <h2>{t('entries.addTitle')}</h2>
      <Field
        label={t('entries.search')}
        hint={t('entries.searchHint')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <FormError message={failure} />
      {added && (
        <p className="saved" role="status">
          {added}
        </p>
      )}
      {candidates.data?.items.length === 0 && <p>{t('entries.noMatch')}</p>}
      <ul className="rows">
        {candidates.data?.items.map((child) => (
          <li key={child.id}>
            <span>
              {child.fullName}
              {child.dateOfBirth && <span className="hint"> · {formatDate(child.dateOfBirth)}</span>}
            </span>
            <button
              type="button"
              aria-label={t('entries.addNamed', { name: child.fullName })}
              onClick={() => void add(child)}
            >
              {t('entries.add')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
