import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';

/** Adds a child of the club's unit, found by name without diacritics, in one tap. */
export function AddMember({ clubId }: { clubId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const query = q.trim();
  const candidates = useQuery({
    queryKey: ['club', clubId, 'candidates', query],
    enabled: query.length >= 2,
    queryFn: async () =>
      (
        await api.GET('/api/v1/clubs/{id}/member-candidates', {
          params: { path: { id: clubId }, query: { q: query, pageSize: 10 } },
        })
      ).data,
  });
  const add = async (participantId: number, fullName: string) => {
    setFailure(null);
    setAdded(null);
    try {
      const { data, error } = await api.POST('/api/v1/clubs/{id}/members', {
        params: { path: { id: clubId } },
        body: { participantId },
      });
      if (!data) {
        setFailure(asProblem(error).detail ?? t('errors.unexpected'));
        return;
      }
      setAdded(t('clubs.memberAdded', { name: fullName }));
      setQ('');
      await queryClient.invalidateQueries({ queryKey: ['club', clubId] });
    } catch {
      setFailure(t('errors.network'));
    }
  };
  return (
    <div className="card">
      <h3>{t('clubs.addMember')}</h3>
      <Field
        label={t('clubs.searchChild')}
        hint={t('clubs.searchHint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <FormError message={failure} />
      {added && (
        <p className="saved" role="status">
          {added}
        </p>
      )}
      {candidates.data?.items.length === 0 && <p>{t('clubs.noMatch')}</p>}
      <ul className="rows">
        {candidates.data?.items.map((child) => (
          <li key={child.participantId}>
            <span>
              {child.fullName}
              {child.dateOfBirth && <span className="hint"> · {formatDate(child.dateOfBirth)}</span>}
            </span>
            <button type="button" onClick={() => void add(child.participantId, child.fullName)}>
              {t('clubs.add')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
