import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';

/**
 * Finds a discipline by any word of its name, typed with or without diacritics ("bong da" finds "Bóng đá"): the
 * API's search compares under an accent-insensitive collation.
 */
export function DisciplinePicker({
  value,
  onChange,
  error,
}: {
  value: number;
  onChange: (id: number) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const chosen = useQuery({
    queryKey: ['discipline', value],
    enabled: value > 0,
    queryFn: async () =>
      (await api.GET('/api/v1/disciplines/{id}', { params: { path: { id: value } } })).data ?? null,
  });
  const found = useQuery({
    queryKey: ['disciplines', q.trim()],
    enabled: q.trim().length >= 2,
    queryFn: async () =>
      (
        await api.GET('/api/v1/disciplines', {
          params: { query: { q: q.trim(), kind: 'discipline', active: true, pageSize: 20 } },
        })
      ).data,
  });
  return (
    <fieldset>
      <legend>{t('events.discipline')}</legend>
      <p aria-live="polite">
        {chosen.data ? t('events.disciplineChosen', { name: chosen.data.name }) : t('events.disciplineNone')}
      </p>
      <Field
        label={t('events.disciplineSearch')}
        hint={t('events.disciplineSearchHint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        error={error}
        autoComplete="off"
      />
      {found.data && (
        <ul className="plain" aria-label={t('events.disciplineResults')}>
          {found.data.items.length === 0 && <li>{t('events.disciplineNoMatch')}</li>}
          {found.data.items.map((discipline) => (
            <li key={discipline.id}>
              <button
                type="button"
                aria-pressed={discipline.id === value}
                onClick={() => {
                  onChange(discipline.id);
                  setQ('');
                }}
              >
                {discipline.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
