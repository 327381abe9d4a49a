import './admin.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { AdminNav } from './AdminNav';

const ROLES = ['organiser', 'judge', 'coach', 'palace_staff', 'viewer', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** One account: its roles, granted at an organisation (reaching its whole subtree) or revoked. */
export default function UserPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const userId = Number(params.userId);
  const user = useQuery({
    queryKey: ['user', userId],
    queryFn: async () => (await api.GET('/api/v1/users/{id}', { params: { path: { id: userId } } })).data,
  });
  const [failure, setFailure] = useState<string | null>(null);
  if (user.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!user.data) return <p role="alert">{t('app.notFound')}</p>;
  const revoke = async (roleId: number) => {
    setFailure(null);
    const { error, response } = await api.DELETE('/api/v1/users/{id}/roles/{roleId}', {
      params: { path: { id: userId, roleId } },
    });
    if (!response.ok) setFailure(asProblem(error).detail ?? t('errors.unexpected'));
    await queryClient.invalidateQueries({ queryKey: ['user', userId] });
  };
  return (
    <section>
      <AdminNav />
      <h1>{user.data.fullName}</h1>
      <p>{user.data.email}</p>
      <h2>{t('admin.roles')}</h2>
      <FormError message={failure} />
      {user.data.roles.length === 0 && <p>{t('admin.noRoles')}</p>}
      <ul className="rows">
        {user.data.roles.map((held) => (
          <li key={held.id}>
            <span>
              {t(`roles.${held.role}`)} · {held.organisation?.name ?? t('admin.everywhere')}
            </span>
            <button type="button" onClick={() => void revoke(held.id)}>
              {t('admin.revoke')}
            </button>
          </li>
        ))}
      </ul>
      <GrantRole userId={userId} />
    </section>
  );
}

function GrantRole({ userId }: { userId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>('organiser');
  const [q, setQ] = useState('');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const organisations = useQuery({
    queryKey: ['organisations', 'search', q.trim()],
    enabled: q.trim().length >= 2,
    queryFn: async () =>
      (await api.GET('/api/v1/organisations', { params: { query: { q: q.trim(), pageSize: 10 } } })).data,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(null);
    const { data, error } = await api.POST('/api/v1/users/{id}/roles', {
      params: { path: { id: userId } },
      body: { role, organisationId: role === 'admin' ? null : organisationId } as never,
    });
    if (!data) {
      setProblem(asProblem(error));
      return;
    }
    setDone(t('admin.granted'));
    await queryClient.invalidateQueries({ queryKey: ['user', userId] });
  };
  const errors = fieldErrors(problem);
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('admin.grantRole')}</h3>
      <FormError
        message={problem && !problem.errors?.length ? (problem.detail ?? t('errors.unexpected')) : null}
      />
      <div className="field">
        <label htmlFor="grant-role">{t('admin.role')}</label>
        <select id="grant-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        {errors.role && <span className="field-error">{errors.role}</span>}
      </div>
      {role !== 'admin' && (
        <>
          <Field
            label={t('admin.organisationSearch')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            error={errors.organisationId}
          />
          <fieldset className="choices">
            <legend>{t('admin.organisation')}</legend>
            {organisations.data?.items.map((organisation) => (
              <label key={organisation.id}>
                <input
                  type="radio"
                  name="organisation"
                  checked={organisationId === organisation.id}
                  onChange={() => setOrganisationId(organisation.id)}
                />{' '}
                {organisation.name}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {done && (
        <p className="saved" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="primary">
        {t('admin.grant')}
      </button>
    </form>
  );
}
