import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { DisciplinePicker } from './DisciplinePicker';
import { PrizeEditor } from './PrizeEditor';
import { toPrizeRule, type PrizeRow } from './prizes';
import { SelectField } from '../ui/SelectField';
import { formWide, send } from '../api/send';
import { useLoadedForm } from './use-loaded-form';
import { shownDecimal } from './round-form';
import { readNumber, type Language } from '../i18n/format';
import type { components } from '../api/schema';

type CategoryView = components['schemas']['CategoryView'];

const FIELDS = [
  'code',
  'name',
  'disciplineId',
  'minAge',
  'maxAge',
  'ageReferenceDate',
  'format',
  'minMembers',
  'maxMembers',
  'prizes',
  'tiesUseNextPlaces',
];

interface CategoryForm {
  code: string;
  name: string;
  disciplineId: number;
  minAge: string;
  maxAge: string;
  ageReferenceDate: string;
  format: 'individual' | 'team';
  minMembers: string;
  maxMembers: string;
  prizes: PrizeRow[];
  tiesUseNextPlaces: boolean;
}

const EMPTY: CategoryForm = {
  code: '',
  name: '',
  disciplineId: 0,
  minAge: '',
  maxAge: '',
  ageReferenceDate: '',
  format: 'individual',
  minMembers: '',
  maxMembers: '',
  prizes: [
    { prize: 'Giải Nhất', count: '1', minScore: '' },
    { prize: 'Giải Nhì', count: '2', minScore: '' },
    { prize: 'Giải Ba', count: '3', minScore: '' },
  ],
  tiesUseNextPlaces: false,
};

function categoryForm(loaded: CategoryView, language: Language): CategoryForm {
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  return {
    code: loaded.code,
    name: loaded.name,
    disciplineId: loaded.disciplineId,
    minAge: text(loaded.minAge),
    maxAge: text(loaded.maxAge),
    ageReferenceDate: text(loaded.ageReferenceDate),
    format: loaded.format,
    minMembers: String(loaded.minMembers),
    maxMembers: String(loaded.maxMembers),
    prizes: loaded.prizes.map((rule) => ({
      prize: rule.prize,
      count: rule.count === undefined ? '' : String(rule.count),
      minScore: shownDecimal(rule.minScore ?? '', language),
    })),
    tiesUseNextPlaces: loaded.tiesUseNextPlaces,
  };
}

/** A category of an event, new (`/events/:eventId/categories/new`) or existing: its rules and its rounds. */
export default function CategoryPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const categoryId = params.categoryId ? Number(params.categoryId) : null;
  const category = useQuery({
    queryKey: ['category', categoryId],
    enabled: categoryId !== null,
    queryFn: async () =>
      (await api.GET('/api/v1/categories/{id}', { params: { path: { id: categoryId! } } })).data ?? null,
  });
  const eventId = category.data?.eventId ?? Number(params.eventId);
  const event = useQuery({
    queryKey: ['event', eventId],
    enabled: eventId > 0,
    queryFn: async () =>
      (await api.GET('/api/v1/events/{id}', { params: { path: { id: eventId } } })).data ?? null,
  });
  const [form, setForm] = useLoadedForm(category.data, (loaded) => categoryForm(loaded, language), EMPTY);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof CategoryForm>(field: K, value: CategoryForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const team = form.format === 'team';
    const rules = {
      name: form.name,
      ...(form.disciplineId > 0 && { disciplineId: form.disciplineId }),
      prizes: form.prizes.map(toPrizeRule),
      tiesUseNextPlaces: form.tiesUseNextPlaces,
      ...(team && readNumber(form.minMembers) !== undefined && { minMembers: readNumber(form.minMembers) }),
      ...(team && readNumber(form.maxMembers) !== undefined && { maxMembers: readNumber(form.maxMembers) }),
    };
    const existing = category.data;
    const outcome = existing
      ? await send(
          () =>
            api.PATCH('/api/v1/categories/{id}', {
              params: { path: { id: existing.id } },
              body: {
                ...rules,
                minAge: readNumber(form.minAge) ?? null,
                maxAge: readNumber(form.maxAge) ?? null,
                ageReferenceDate: form.ageReferenceDate || null,
                version: existing.version,
              },
            }),
          t('errors.network'),
        )
      : await send(
          () =>
            api.POST('/api/v1/events/{id}/categories', {
              params: { path: { id: eventId } },
              body: {
                ...rules,
                code: form.code,
                disciplineId: form.disciplineId,
                format: form.format,
                minAge: readNumber(form.minAge),
                maxAge: readNumber(form.maxAge),
                ...(form.ageReferenceDate && { ageReferenceDate: form.ageReferenceDate }),
              },
            }),
          t('errors.network'),
        );
    setBusy(false);
    if ('problem' in outcome) return setProblem(outcome.problem);
    queryClient.setQueryData(['category', outcome.data.id], outcome.data);
    await queryClient.invalidateQueries({ queryKey: ['event', eventId] });
    setSaved(true);
    if (!existing) navigate(`/categories/${outcome.data.id}`, { replace: true });
  };

  if (categoryId !== null && category.isPending) return <p role="status">{t('app.loading')}</p>;
  if (categoryId !== null && !category.data) return <p role="alert">{t('app.notFound')}</p>;
  const errors = fieldErrors(problem);
  const existing = category.data ?? null;
  return (
    <section>
      <p>
        <Link href={`/events/${eventId}`}>{event.data?.name ?? t('events.title')}</Link>
      </p>
      <h1>{existing ? existing.name : t('events.addCategory')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <FormError message={formWide(problem, FIELDS, t('errors.unexpected'))} />
        <Field
          label={t('events.categoryCode')}
          hint={t('events.categoryCodeHint')}
          value={form.code}
          disabled={existing !== null}
          onChange={(e) => set('code', e.target.value)}
          error={errors.code}
          autoComplete="off"
        />
        <Field
          label={t('events.categoryName')}
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          autoComplete="off"
        />
        <DisciplinePicker
          value={form.disciplineId}
          onChange={(id) => set('disciplineId', id)}
          error={errors.disciplineId}
        />
        <SelectField
          label={t('events.format')}
          value={form.format}
          disabled={existing !== null}
          onChange={(format) => set('format', format)}
          error={errors.format}
          options={(['individual', 'team'] as const).map((format) => ({
            id: format,
            label: t(`events.format_${format}`),
          }))}
        />
        {form.format === 'team' && (
          <div className="rows">
            <Field
              label={t('events.minMembers')}
              inputMode="numeric"
              value={form.minMembers}
              onChange={(e) => set('minMembers', e.target.value)}
              error={errors.minMembers}
            />
            <Field
              label={t('events.maxMembers')}
              inputMode="numeric"
              value={form.maxMembers}
              onChange={(e) => set('maxMembers', e.target.value)}
              error={errors.maxMembers}
            />
          </div>
        )}
        <fieldset>
          <legend>{t('events.ageBand')}</legend>
          <div className="rows">
            <Field
              label={t('events.minAge')}
              inputMode="numeric"
              value={form.minAge}
              onChange={(e) => set('minAge', e.target.value)}
              error={errors.minAge}
            />
            <Field
              label={t('events.maxAge')}
              inputMode="numeric"
              value={form.maxAge}
              onChange={(e) => set('maxAge', e.target.value)}
              error={errors.maxAge}
            />
          </div>
          <Field
            label={t('events.ageReferenceDate')}
            hint={t('events.ageReferenceDateHint')}
            type="date"
            value={form.ageReferenceDate}
            onChange={(e) => set('ageReferenceDate', e.target.value)}
            error={errors.ageReferenceDate}
          />
        </fieldset>
        <PrizeEditor
          rows={form.prizes}
          tiesUseNextPlaces={form.tiesUseNextPlaces}
          onRows={(rows) => set('prizes', rows)}
          onTies={(value) => set('tiesUseNextPlaces', value)}
          errors={errors}
        />
        <button type="submit" className="primary" disabled={busy}>
          {existing ? t('events.save') : t('events.createCategory')}
        </button>
        {saved && (
          <p className="saved" role="status">
            {t('events.saved')}
          </p>
        )}
      </form>
      {existing && (
        <section aria-labelledby="rounds">
          <h2 id="rounds">{t('events.rounds')}</h2>
          <p className="actions-row">
            <Link href={`/categories/${existing.id}/rounds/new`} className="button primary">
              {t('events.addRound')}
            </Link>
            <Link href={`/categories/${existing.id}/entries`} className="button">
              {t('events.entries', { count: existing.entryCount })}
            </Link>
          </p>
          <ol>
            {existing.rounds.map((round) => (
              <li key={round.id}>
                <Link href={`/rounds/${round.id}/setup`}>{round.name}</Link>{' '}
                <span className="badge">{t(`events.roundState_${round.state}`)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
