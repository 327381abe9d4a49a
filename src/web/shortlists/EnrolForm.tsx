import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/Link';
import type { Candidate } from './data';

/** Enrols an accepted candidate into a fostering programme; the child becomes a member of its club. */
export function EnrolForm({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const id = useId();
  const queryClient = useQueryClient();
  const [programmeId, setProgrammeId] = useState(0);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const programmes = useQuery({
    queryKey: ['fostering-programmes'],
    queryFn: async () =>
      (await api.GET('/api/v1/fostering-programmes', { params: { query: { pageSize: 100 } } })).data,
  });
  const items = programmes.data?.items ?? [];
  const chosen = items.find((p) => p.id === programmeId) ?? items[0];
  if (programmes.isSuccess && items.length === 0)
    return (
      <p>
        {t('shortlists.noProgrammes')} <Link href="/fostering-programmes">{t('fostering.toProgrammes')}</Link>
      </p>
    );
  const enrol = async () => {
    if (!chosen) return;
    setProblem(undefined);
    setDone(null);
    try {
      const { data, error } = await api.POST('/api/v1/fostering-programmes/{id}/enrolments', {
        params: { path: { id: chosen.id } },
        body: { participantIds: [candidate.participantId] },
      });
      if (data) {
        setDone(t('shortlists.enrolled', { name: candidate.fullName, programme: chosen.name }));
        await queryClient.invalidateQueries({ queryKey: ['fostering-programmes'] });
      } else setProblem(asProblem(error));
    } catch {
      setProblem({ detail: t('errors.network') });
    }
  };
  const error = problem?.errors?.[0]?.message ?? problem?.detail;
  return (
    <div className="enrol">
      <h3>{t('shortlists.enrolTitle')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('shortlists.programme')}</label>
        <select
          id={id}
          value={chosen?.id ?? 0}
          onChange={(e) => setProgrammeId(Number(e.target.value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {items.map((p) => (
            <option key={p.id} value={p.id}>
              {t('shortlists.programmeOption', {
                name: p.name,
                from: formatDate(p.startsOn),
                to: formatDate(p.endsOn),
                enrolled: p.enrolled,
                capacity: p.capacity,
              })}
            </option>
          ))}
        </select>
        {error && (
          <span className="field-error" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
      </div>
      <button type="button" onClick={() => void enrol()} disabled={!chosen}>
        {t('shortlists.enrol')}
      </button>
      {done && (
        <p className="saved" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
