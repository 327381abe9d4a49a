import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';

const PURPOSES = ['club_membership', 'event_entry', 'publication', 'shortlisting'] as const;
const SCOPES = ['registry', 'contests', 'publication', 'shortlisting'] as const;
type Purpose = (typeof PURPOSES)[number];
type Scope = (typeof SCOPES)[number];
type Missing = { kind: 'guardian' | 'participant'; scope: Scope }[];

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A child's record with the consents on file, what each use still needs, and the data-subject rights. */
export default function ParticipantPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const id = Number(params.participantId);
  const person = useQuery({
    queryKey: ['participant', id],
    queryFn: async () => (await api.GET('/api/v1/participants/{id}', { params: { path: { id } } })).data,
  });
  const consents = useQuery({
    queryKey: ['participant', id, 'consents'],
    queryFn: async () =>
      (await api.GET('/api/v1/participants/{id}/consents', { params: { path: { id } } })).data,
  });
  if (person.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!person.data) return <p role="alert">{t('app.notFound')}</p>;
  const p = person.data;
  // A judge's view of a child has no date of birth at all: it stops at the name.
  const full = 'dateOfBirth' in p;
  return (
    <section>
      <p>
        <Link href="/participants">{t('participants.title')}</Link>
      </p>
      <h1>{p.anonymised ? t('participants.anonymisedName') : p.fullName}</h1>
      <dl className="facts">
        <dt>{t('participants.gender')}</dt>
        <dd>{t(`participants.gender_${p.gender}`)}</dd>
        {p.dateOfBirth && (
          <>
            <dt>{t('participants.dateOfBirth')}</dt>
            <dd>{formatDate(p.dateOfBirth)}</dd>
          </>
        )}
        {p.school && (
          <>
            <dt>{t('participants.school')}</dt>
            <dd>{p.school}</dd>
          </>
        )}
        {p.guardianName && (
          <>
            <dt>{t('participants.guardian')}</dt>
            <dd>
              {p.guardianName}
              {p.guardianRelationship && ` (${p.guardianRelationship})`}
              {p.guardianPhone && ` · ${p.guardianPhone}`}
            </dd>
          </>
        )}
      </dl>
      {full && (
        <>
          <h2>{t('participants.consentStatus')}</h2>
          <ul className="rows">
            {PURPOSES.map((purpose) => (
              <PurposeStatus key={purpose} id={id} purpose={purpose} version={consents.dataUpdatedAt} />
            ))}
          </ul>
          <h2>{t('participants.consents')}</h2>
          {consents.data?.length === 0 && <p>{t('participants.noConsents')}</p>}
          <ul className="rows">
            {consents.data?.map((consent) => (
              <li key={consent.id}>
                <span>
                  {t(`participants.who_${consent.kind}`)}: {consent.givenBy} · {formatDate(consent.givenOn)} ·{' '}
                  {consent.scopes.map((scope) => t(`participants.scope_${scope}`)).join(', ')}
                  {consent.withdrawnAt && (
                    <strong>
                      {' '}
                      · {t('participants.withdrawnAt', { when: formatDateTime(consent.withdrawnAt) })}
                    </strong>
                  )}
                </span>
                {!consent.withdrawnAt && <Withdraw id={id} consentId={consent.id} />}
              </li>
            ))}
          </ul>
          {!p.anonymised && <RecordConsent id={id} />}
          <Rights id={id} />
        </>
      )}
    </section>
  );
}

function PurposeStatus({ id, purpose, version }: { id: number; purpose: Purpose; version: number }) {
  const { t } = useI18n();
  const check = useQuery({
    queryKey: ['participant', id, 'consent-check', purpose, version],
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/participants/{id}/consent-check', {
        params: { path: { id }, query: { purpose } },
      });
      return data ? [] : ((asProblem(error).missingConsents as Missing | undefined) ?? []);
    },
  });
  const missing = check.data;
  return (
    <li>
      <span>{t(`participants.purpose_${purpose}`)}</span>
      {missing === undefined ? null : missing.length === 0 ? (
        <strong className="saved">{t('participants.consentOk')}</strong>
      ) : (
        <span className="waiting">
          {t('participants.consentMissing', {
            list: missing
              .map((m) =>
                t('participants.missingItem', {
                  kind: t(`participants.kind_${m.kind}`),
                  scope: t(`participants.scope_${m.scope}`),
                }),
              )
              .join('; '),
          })}
        </span>
      )}
    </li>
  );
}

function RecordConsent({ id }: { id: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'guardian' | 'participant'>('guardian');
  const [givenBy, setGivenBy] = useState('');
  const [givenOn, setGivenOn] = useState(today());
  const [method, setMethod] = useState<'paper' | 'electronic'>('paper');
  const [scopes, setScopes] = useState<Scope[]>(['registry', 'contests']);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(false);
    const { data, error } = await api.POST('/api/v1/participants/{id}/consents', {
      params: { path: { id } },
      body: { kind, givenBy, givenOn, method, scopes },
    });
    if (!data) {
      setProblem(asProblem(error));
      return;
    }
    setDone(true);
    setGivenBy('');
    await queryClient.invalidateQueries({ queryKey: ['participant', id] });
  };
  const errors = fieldErrors(problem);
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('participants.recordConsent')}</h3>
      <FormError
        message={problem && !problem.errors?.length ? (problem.detail ?? t('errors.unexpected')) : null}
      />
      <div className="field">
        <label htmlFor="consent-kind">{t('participants.consentKind')}</label>
        <select id="consent-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="guardian">{t('participants.kind_guardian')}</option>
          <option value="participant">{t('participants.kind_participant')}</option>
        </select>
      </div>
      <Field
        label={t('participants.givenBy')}
        value={givenBy}
        onChange={(e) => setGivenBy(e.target.value)}
        error={errors.givenBy}
      />
      <Field
        label={t('participants.givenOn')}
        type="date"
        value={givenOn}
        onChange={(e) => setGivenOn(e.target.value)}
        error={errors.givenOn}
      />
      <div className="field">
        <label htmlFor="consent-method">{t('participants.method')}</label>
        <select
          id="consent-method"
          value={method}
          onChange={(e) => setMethod(e.target.value as typeof method)}
        >
          <option value="paper">{t('participants.method_paper')}</option>
          <option value="electronic">{t('participants.method_electronic')}</option>
        </select>
      </div>
      <fieldset className="choices">
        <legend>{t('participants.scopes')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope}>
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) =>
                setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))
              }
            />
            {t(`participants.scope_${scope}`)}
          </label>
        ))}
        {errors.scopes && <span className="field-error">{errors.scopes}</span>}
      </fieldset>
      {done && (
        <p className="saved" role="status">
          {t('participants.consentRecorded')}
        </p>
      )}
      <button type="submit" className="primary">
        {t('participants.recordConsent')}
      </button>
    </form>
  );
}

function Withdraw({ id, consentId }: { id: number; consentId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const withdraw = async () => {
    if (!window.confirm(t('participants.confirmWithdraw'))) return;
    await api.POST('/api/v1/participants/{id}/consents/{consentId}/withdraw', {
      params: { path: { id, consentId } },
      body: {},
    });
    await queryClient.invalidateQueries({ queryKey: ['participant', id] });
  };
  return (
    <button type="button" onClick={() => void withdraw()}>
      {t('participants.withdraw')}
    </button>
  );
}

/** Export (everything held) and, for administrators, anonymisation; the API refuses whoever may not. */
function Rights({ id }: { id: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => (await api.GET('/api/v1/me')).data ?? null,
  });
  const admin = me.data?.roles.some((held) => held.role === 'admin') ?? false;
  const [failure, setFailure] = useState<string | null>(null);
  const exportRecord = async () => {
    setFailure(null);
    const { data, error } = await api.GET('/api/v1/participants/{id}/export', { params: { path: { id } } });
    if (!data) {
      setFailure(asProblem(error).detail ?? t('errors.unexpected'));
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    link.download = `participant-${id}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const anonymise = async () => {
    if (!window.confirm(t('participants.confirmAnonymise'))) return;
    setFailure(null);
    const { error, response } = await api.POST('/api/v1/participants/{id}/anonymise', {
      params: { path: { id } },
    });
    if (!response.ok) setFailure(asProblem(error).detail ?? t('errors.unexpected'));
    await queryClient.invalidateQueries({ queryKey: ['participant', id] });
  };
  return (
    <div className="card">
      <h3>{t('participants.rights')}</h3>
      <FormError message={failure} />
      <div className="choices">
        <button type="button" onClick={() => void exportRecord()}>
          {t('participants.export')}
        </button>
        {admin && (
          <button type="button" className="danger" onClick={() => void anonymise()}>
            {t('participants.anonymise')}
          </button>
        )}
      </div>
    </div>
  );
}
