import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';

const GENDERS = ['female', 'male', 'other'] as const;

/**
 * Registers a child. Namesakes born the same day are shown before saving; saving one anyway is a deliberate
 * choice (two real children may share a name and a birthday).
 */
export default function RegisterPage() {
  const { t } = useI18n();
  const [form, setForm] = useState({
    fullName: '',
    gender: 'female' as (typeof GENDERS)[number],
    dateOfBirth: '',
    school: '',
    guardianName: '',
    guardianRelationship: '',
    guardianPhone: '',
    organisationId: 0,
  });
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof form) => (value: string | number) => setForm({ ...form, [field]: value });
  const units = useQuery({
    queryKey: ['organisations', 'mine'],
    queryFn: async () =>
      (await api.GET('/api/v1/organisations', { params: { query: { pageSize: 100 } } })).data,
  });
  const organisationId = form.organisationId || units.data?.items[0]?.id || 0;
  const name = form.fullName.trim();
  const namesakes = useQuery({
    queryKey: ['participants', 'namesakes', name, form.dateOfBirth],
    enabled: name.length >= 3 && /^\d{4}-\d{2}-\d{2}$/.test(form.dateOfBirth),
    queryFn: async () =>
      (await api.GET('/api/v1/participants', { params: { query: { q: name, pageSize: 20 } } })).data,
    select: (page) => page?.items.filter((person) => person.dateOfBirth === form.dateOfBirth) ?? [],
  });

  const save = async (allowDuplicate: boolean) => {
    setBusy(true);
    setProblem(undefined);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    try {
      const { data, error } = await api.POST('/api/v1/participants', {
        body: {
          fullName: form.fullName,
          gender: form.gender,
          dateOfBirth: form.dateOfBirth,
          organisationId,
          school: optional(form.school),
          guardianName: optional(form.guardianName),
          guardianRelationship: optional(form.guardianRelationship),
          guardianPhone: optional(form.guardianPhone),
          ...(allowDuplicate && { allowDuplicate: true }),
        },
      });
      if (data) navigate(`/participants/${data.id}`);
      else setProblem(asProblem(error));
    } catch {
      setProblem({ detail: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  const errors = fieldErrors(problem);
  const duplicateOf = problem?.code === 'duplicate_participant' ? Number(problem.existingId) : null;
  return (
    <section className="narrow">
      <p>
        <Link href="/participants">{t('participants.title')}</Link>
      </p>
      <h1>{t('participants.register')}</h1>
      <form onSubmit={submit} noValidate>
        <FormError
          message={
            problem && !problem.errors?.length && duplicateOf === null
              ? (problem.detail ?? t('errors.unexpected'))
              : null
          }
        />
        <Field
          label={t('participants.fullName')}
          value={form.fullName}
          onChange={(e) => set('fullName')(e.target.value)}
          error={errors.fullName}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor="gender">{t('participants.gender')}</label>
          <select id="gender" value={form.gender} onChange={(e) => set('gender')(e.target.value)}>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`participants.gender_${gender}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('participants.dateOfBirth')}
          type="date"
          value={form.dateOfBirth}
          onChange={(e) => set('dateOfBirth')(e.target.value)}
          error={errors.dateOfBirth}
        />
        {namesakes.data && namesakes.data.length > 0 && (
          <div className="conflict" role="status">
            <p>{t('participants.namesakes')}</p>
            <ul>
              {namesakes.data.map((person) => (
                <li key={person.id}>
                  <Link href={`/participants/${person.id}`}>{person.fullName}</Link> ·{' '}
                  {formatDate(person.dateOfBirth!)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="field">
          <label htmlFor="unit">{t('participants.unit')}</label>
          <select
            id="unit"
            value={organisationId}
            onChange={(e) => set('organisationId')(Number(e.target.value))}
          >
            {units.data?.items.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          {errors.organisationId && <span className="field-error">{errors.organisationId}</span>}
        </div>
        <Field
          label={t('participants.school')}
          value={form.school}
          onChange={(e) => set('school')(e.target.value)}
          error={errors.school}
        />
        <fieldset>
          <legend>{t('participants.guardian')}</legend>
          <Field
            label={t('participants.guardianName')}
            value={form.guardianName}
            onChange={(e) => set('guardianName')(e.target.value)}
            error={errors.guardianName}
          />
          <Field
            label={t('participants.guardianRelationship')}
            value={form.guardianRelationship}
            onChange={(e) => set('guardianRelationship')(e.target.value)}
            error={errors.guardianRelationship}
          />
          <Field
            label={t('participants.guardianPhone')}
            type="tel"
            inputMode="tel"
            value={form.guardianPhone}
            onChange={(e) => set('guardianPhone')(e.target.value)}
            error={errors.guardianPhone}
          />
        </fieldset>
        {duplicateOf !== null && (
          <div className="conflict" role="alert">
            <p>{problem?.detail}</p>
            <div className="choices">
              <Link href={`/participants/${duplicateOf}`}>{t('participants.openExisting')}</Link>
              <button type="button" onClick={() => void save(true)} disabled={busy}>
                {t('participants.saveAnyway')}
              </button>
            </div>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('participants.save')}
        </button>
      </form>
    </section>
  );
}
