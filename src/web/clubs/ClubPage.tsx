import './clubs.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { monthBounds, monthGrid, shiftMonth } from './calendar';
import { AddMember } from './AddMember';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A club: its members (add, assess, progress) and its sessions as a calendar, with a new session. */
export default function ClubPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const clubId = Number(params.clubId);
  const club = useQuery({
    queryKey: ['club', clubId],
    queryFn: async () => (await api.GET('/api/v1/clubs/{id}', { params: { path: { id: clubId } } })).data,
  });
  const members = useQuery({
    queryKey: ['club', clubId, 'members'],
    queryFn: async () =>
      (
        await api.GET('/api/v1/clubs/{id}/members', {
          params: { path: { id: clubId }, query: { pageSize: 100 } },
        })
      ).data,
  });
  if (club.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!club.data) return <p role="alert">{t('app.notFound')}</p>;
  return (
    <section>
      <p>
        <Link href="/clubs">{t('clubs.myClubs')}</Link>
      </p>
      <h1>{club.data.name}</h1>
      <h2>{t('clubs.members')}</h2>
      {members.data?.items.length === 0 && <p>{t('clubs.noMembers')}</p>}
      <ul className="rows">
        {members.data?.items.map((member) => (
          <li key={member.id}>
            <span>{member.fullName}</span>
            <span className="actions">
              <Link href={`/clubs/${clubId}/assess/${member.participantId}`}>{t('clubs.assess')}</Link>
              <Link href={`/trainees/${member.participantId}`}>{t('clubs.progress')}</Link>
            </span>
          </li>
        ))}
      </ul>
      <AddMember clubId={clubId} />
      <Sessions clubId={clubId} />
    </section>
  );
}

function Sessions({ clubId }: { clubId: number }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(today().slice(0, 7));
  const bounds = monthBounds(month);
  const sessions = useQuery({
    queryKey: ['club', clubId, 'sessions', month],
    queryFn: async () =>
      (
        await api.GET('/api/v1/clubs/{id}/sessions', {
          params: { path: { id: clubId }, query: { ...bounds, pageSize: 100 } },
        })
      ).data,
  });
  const byDate = new Map<string, { id: number; startTime: string | null }[]>();
  for (const session of sessions.data?.items ?? []) {
    byDate.set(session.date, [...(byDate.get(session.date) ?? []), session]);
  }
  const weekdays = t('clubs.weekdays').split(',');
  return (
    <>
      <h2>{t('clubs.sessions')}</h2>
      <div className="pager">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t('clubs.previousMonth')}
        </button>
        <strong aria-live="polite">{t('clubs.month', { month: formatDate(`${month}-01`).slice(3) })}</strong>
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))}>
          {t('clubs.nextMonth')}
        </button>
      </div>
      <table className="calendar">
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td key={day.date} className={day.inMonth ? undefined : 'outside'}>
                  <span className="day">{Number(day.date.slice(8))}</span>
                  {byDate.get(day.date)?.map((session) => (
                    <Link key={session.id} href={`/sessions/${session.id}`} className="session">
                      {session.startTime ?? t('clubs.session')}
                    </Link>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <NewSession clubId={clubId} />
    </>
  );
}

function NewSession({ clubId }: { clubId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(today());
  const [startTime, setStartTime] = useState('');
  const [topic, setTopic] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const { data, error } = await api.POST('/api/v1/clubs/{id}/sessions', {
        params: { path: { id: clubId } },
        body: { date, ...(startTime && { startTime }), ...(topic.trim() && { topic: topic.trim() }) },
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: ['club', clubId, 'sessions'] });
        navigate(`/sessions/${data.id}`);
      } else setProblem(asProblem(error));
    } catch {
      setProblem({ detail: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(problem);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="card">
      <h3>{t('clubs.newSession')}</h3>
      <FormError
        message={problem && !problem.errors?.length ? (problem.detail ?? t('errors.unexpected')) : null}
      />
      <Field
        label={t('clubs.sessionDate')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={errors.date}
      />
      <Field
        label={t('clubs.sessionStart')}
        type="time"
        value={startTime}
        onChange={(e) => setStartTime(e.target.value)}
        error={errors.startTime}
      />
      <Field
        label={t('clubs.sessionTopic')}
        value={topic}
        onChange={(e) => setTopic(e.target.value)}
        error={errors.topic}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('clubs.createSession')}
      </button>
    </form>
  );
}
