import './clubs.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';

type Status = 'present' | 'absent' | 'excused';
/** A tap moves a trainee along: present → absent → excused → present. */
const NEXT: Record<Status, Status> = { present: 'absent', absent: 'excused', excused: 'present' };

/** A session's attendance as a tap list for a phone, saved in one request. */
export default function AttendancePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const sessionId = Number(params.sessionId);
  const session = useQuery({
    queryKey: ['session', sessionId],
    queryFn: async () =>
      (await api.GET('/api/v1/sessions/{id}', { params: { path: { id: sessionId } } })).data,
  });
  const clubId = session.data?.session.clubId;
  const members = useQuery({
    queryKey: ['club', clubId, 'members'],
    enabled: clubId !== undefined,
    queryFn: async () =>
      (
        await api.GET('/api/v1/clubs/{id}/members', {
          params: { path: { id: clubId! }, query: { pageSize: 100 } },
        })
      ).data,
  });
  // Only the taps are state; the rest is what was recorded, and a member not yet recorded is present.
  const [changes, setChanges] = useState<Map<number, Status>>(new Map());
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recorded = new Map(session.data?.records.map((r) => [r.participantId, r.status]));
  const statusOf = (participantId: number): Status =>
    changes.get(participantId) ?? recorded.get(participantId) ?? 'present';

  if (session.isPending || members.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!session.data) return <p role="alert">{t('app.notFound')}</p>;

  const toggle = (participantId: number) => {
    setSaved(false);
    setChanges(new Map(changes).set(participantId, NEXT[statusOf(participantId)]));
  };
  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const records = (members.data?.items ?? []).map((m) => ({
        participantId: m.participantId,
        status: statusOf(m.participantId),
      }));
      const { data, error } = await api.PUT('/api/v1/sessions/{id}/attendance', {
        params: { path: { id: sessionId } },
        body: { records },
      });
      if (data) {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: ['session', sessionId] });
      } else setFailure(asProblem(error).detail ?? t('errors.unexpected'));
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };
  const counts = { present: 0, absent: 0, excused: 0 };
  for (const member of members.data?.items ?? []) counts[statusOf(member.participantId)] += 1;
  return (
    <section className="narrow">
      <p>
        <Link href={`/clubs/${session.data.session.clubId}`}>{t('clubs.backToClub')}</Link>
      </p>
      <h1>{t('clubs.attendanceTitle', { date: formatDate(session.data.session.date) })}</h1>
      <p className="hint">{t('clubs.tapHint')}</p>
      <p aria-live="polite">{t('clubs.attendanceCounts', counts)}</p>
      <ul className="tap-list">
        {members.data?.items.map((member) => {
          const status = statusOf(member.participantId);
          return (
            <li key={member.participantId}>
              <button
                type="button"
                className={`tap ${status}`}
                onClick={() => toggle(member.participantId)}
                aria-label={t('clubs.tapLabel', {
                  name: member.fullName,
                  status: t(`clubs.status_${status}`),
                })}
              >
                <span>{member.fullName}</span>
                <strong>{t(`clubs.status_${status}`)}</strong>
              </button>
            </li>
          );
        })}
      </ul>
      <FormError message={failure} />
      {saved && (
        <p className="saved" role="status">
          {t('clubs.attendanceSaved')}
        </p>
      )}
      <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
        {t('clubs.saveAttendance')}
      </button>
    </section>
  );
}
