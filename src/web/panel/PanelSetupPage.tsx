import './panel.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors } from '../api/problem';
import type { Schemas } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { SelectField } from '../ui/SelectField';
import { Link } from '../ui/Link';
import { useRoundContext } from './use-round-context';

type Member = Schemas['PanelMemberInput'] & { fullName: string };
type Conflict = Schemas['PanelConflictInput'];
const ROLES = ['head', 'deputy', 'member', 'secretary'] as const;

/** An organiser sets a round's panel: judges and secretaries, declared relations; recusals follow from them. */
export default function PanelSetupPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const roundId = Number(params.roundId);
  const queryClient = useQueryClient();
  const { round, entries } = useRoundContext(roundId);
  const panel = useQuery({
    queryKey: ['panel', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/panel', { params: { path: { id: roundId } } })).data ?? null,
  });
  const candidates = useQuery({
    queryKey: ['panel-candidates', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/panel/candidates', { params: { path: { id: roundId } } })).data ??
      [],
  });
  // What the organiser is editing; null until they change something, the panel on record meanwhile.
  const [draft, setDraft] = useState<{ members: Member[]; conflicts: Conflict[] } | null>(null);
  const members = draft?.members ?? (panel.data ? panel.data.members.map(memberInput) : []);
  const conflicts = draft?.conflicts ?? (panel.data ? panel.data.conflicts.map(conflictInput) : []);
  const setMembers = (next: Member[]) => setDraft({ members: next, conflicts });
  const setConflicts = (next: Conflict[]) => setDraft({ members, conflicts: next });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setErrors({});
    setFailure(null);
    setSaved(false);
    try {
      const { data, error } = await api.PUT('/api/v1/rounds/{id}/panel', {
        params: { path: { id: roundId } },
        body: { members: members.map(({ userId, role, absent }) => ({ userId, role, absent })), conflicts },
      });
      if (!data) {
        const problem = asProblem(error);
        setErrors(fieldErrors(problem));
        setFailure(problem.detail ?? t('errors.unexpected'));
        return;
      }
      setSaved(true);
      queryClient.setQueryData(['panel', roundId], data);
      setDraft(null);
    } catch {
      setFailure(t('errors.network'));
    }
  };

  if (panel.isPending || round.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!panel.data || !round.data) return <FormError message={t('errors.unexpected')} />;
  const chosen = new Set(members.map((member) => member.userId));
  const available = (candidates.data ?? []).filter((user) => !chosen.has(user.userId));
  const judges = members.filter((member) => member.role !== 'secretary');
  const people = (entries.data?.items ?? []).flatMap((entry) =>
    entry.members.map((member) => ({ ...member, code: entry.code })),
  );
  const nameOf = (userId: number) => members.find((member) => member.userId === userId)?.fullName ?? '';

  return (
    <section>
      <p>
        <Link href={`/rounds/${roundId}/board`}>{t('panel.toBoard')}</Link>
      </p>
      <h1>{t('panel.title', { round: round.data.name })}</h1>
      <div className="card">
        <h2>{t('panel.membersTitle')}</h2>
        {members.length === 0 && <p>{t('panel.noMembers')}</p>}
        <ul className="rows panel-members">
          {members.map((member, index) => (
            <li key={member.userId}>
              <span>{member.fullName}</span>
              <RoleSelect
                label={t('panel.roleOf', { name: member.fullName })}
                value={member.role}
                error={errors[`members.${index}.role`] ?? errors[`members.${index}.userId`]}
                onChange={(role) =>
                  setMembers(members.map((other, i) => (i === index ? { ...other, role } : other)))
                }
              />
              <button
                type="button"
                onClick={() => setMembers(members.filter((_, i) => i !== index))}
                aria-label={t('panel.removeNamed', { name: member.fullName })}
              >
                {t('panel.remove')}
              </button>
            </li>
          ))}
        </ul>
        <h3>{t('panel.candidatesTitle')}</h3>
        <p className="hint">{t('panel.candidatesHint')}</p>
        {available.length === 0 && <p>{t('panel.noCandidates')}</p>}
        <ul className="rows">
          {available.map((user) => (
            <li key={user.userId}>
              {/* The address tells two namesakes apart. */}
              <span>
                {user.fullName}{' '}
                <span className="hint candidate-address">
                  {user.email} · {user.unitName ?? t('panel.provinceWide')}
                </span>
              </span>
              <span className="toolbar">
                <button
                  type="button"
                  aria-label={t('panel.addJudgeNamed', { name: user.fullName })}
                  onClick={() =>
                    setMembers([
                      ...members,
                      { userId: user.userId, role: 'member', absent: false, fullName: user.fullName },
                    ])
                  }
                >
                  {t('panel.addJudge')}
                </button>
                <button
                  type="button"
                  aria-label={t('panel.addSecretaryNamed', { name: user.fullName })}
                  onClick={() =>
                    setMembers([
                      ...members,
                      { userId: user.userId, role: 'secretary', absent: false, fullName: user.fullName },
                    ])
                  }
                >
                  {t('panel.addSecretary')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <h2>{t('panel.conflictsTitle')}</h2>
        <p className="hint">{t('panel.conflictsHint')}</p>
        <ul className="rows">
          {conflicts.map((conflict, index) => (
            <li key={`${conflict.userId}-${conflict.participantId}`}>
              <span>
                {t('panel.conflictLine', {
                  judge: nameOf(conflict.userId),
                  child:
                    people.find((person) => person.participantId === conflict.participantId)?.fullName ?? '',
                  relation: conflict.relation,
                })}
              </span>
              {errors[`conflicts.${index}.relation`] && (
                <span className="field-error">{errors[`conflicts.${index}.relation`]}</span>
              )}
              <button type="button" onClick={() => setConflicts(conflicts.filter((_, i) => i !== index))}>
                {t('panel.remove')}
              </button>
            </li>
          ))}
        </ul>
        <ConflictForm
          judges={judges}
          people={people}
          onAdd={(conflict) => setConflicts([...conflicts, conflict])}
        />
      </div>
      <FormError message={failure} />
      {saved && (
        <p className="saved" role="status">
          {t('panel.saved')}
        </p>
      )}
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('panel.save')}
        </button>
      </div>
      <div className="card">
        <h2>{t('panel.recusalsTitle')}</h2>
        <p className="hint">{t('panel.recusalsHint')}</p>
        {panel.data.recusals.length === 0 && <p>{t('panel.noRecusals')}</p>}
        <ul className="plain">
          {panel.data.recusals.map((recusal) => (
            <li key={`${recusal.judgeId}-${recusal.entryId}`}>
              {t('panel.recusalLine', {
                judge:
                  panel.data?.members.find((member) => member.userId === recusal.judgeId)?.fullName ?? '',
                code: recusal.entryCode,
              })}{' '}
              {recusal.grounds
                .map((ground) =>
                  t(`panel.reason.${ground.reason}`, {
                    relation: ground.relation ?? '',
                    defaultValue: ground.reason,
                  }),
                )
                .join('; ')}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function memberInput({ userId, role, absent, fullName }: Schemas['PanelMemberView']): Member {
  return { userId, role, absent, fullName };
}

function conflictInput({ userId, participantId, relation }: Schemas['PanelConflictView']): Conflict {
  return { userId, participantId, relation };
}

function RoleSelect({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: (typeof ROLES)[number];
  error?: string;
  onChange: (role: (typeof ROLES)[number]) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="field inline">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value as (typeof ROLES)[number])}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`panel.role.${role}`)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** Declares a judge's relation to a child who competes: the judge is then recused from that entry. */
function ConflictForm({
  judges,
  people,
  onAdd,
}: {
  judges: Member[];
  people: { participantId: number; fullName: string; code: string }[];
  onAdd: (conflict: Conflict) => void;
}) {
  const { t } = useI18n();
  const [userId, setUserId] = useState(0);
  const [participantId, setParticipantId] = useState(0);
  const [relation, setRelation] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId || !participantId || relation.trim() === '') {
          setError(t('panel.conflictIncomplete'));
          return;
        }
        setError(undefined);
        onAdd({ userId, participantId, relation: relation.trim() });
        setRelation('');
      }}
    >
      <h3>{t('panel.declareTitle')}</h3>
      <SelectField
        label={t('panel.judge')}
        value={userId}
        options={judges.map((judge) => ({ id: judge.userId, label: judge.fullName }))}
        placeholder={{ id: 0, label: t('panel.choose') }}
        onChange={setUserId}
      />
      <SelectField
        label={t('panel.child')}
        value={participantId}
        options={people.map((person) => ({
          id: person.participantId,
          label: `${person.code} · ${person.fullName}`,
        }))}
        placeholder={{ id: 0, label: t('panel.choose') }}
        onChange={setParticipantId}
      />
      <Field
        label={t('panel.relation')}
        hint={t('panel.relationHint')}
        value={relation}
        error={error}
        onChange={(event) => setRelation(event.target.value)}
      />
      <button type="submit">{t('panel.declare')}</button>
    </form>
  );
}
