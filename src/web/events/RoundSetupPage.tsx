import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { isRanked, SCORING_METHODS, TIE_BREAK_KINDS } from './event-options';
import { NEW_ROUND, roundBody, roundForm, type RoundForm } from './round-form';
import { RubricEditor } from './RubricEditor';
import { SelectField } from '../ui/SelectField';
import { formWide, send } from '../api/send';
import { useLoadedForm } from './use-loaded-form';

const FIELDS = [
  'name',
  'method',
  'basis',
  'criteria',
  'dances',
  'decimals',
  'tieBreaks',
  'spreadLimit',
  'advancement',
];

/** A round's set-up, new (`/categories/:categoryId/rounds/new`) or existing (`/rounds/:roundId/setup`). */
export default function RoundSetupPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const roundId = params.roundId ? Number(params.roundId) : null;
  const round = useQuery({
    queryKey: ['round', roundId],
    enabled: roundId !== null,
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}', { params: { path: { id: roundId! } } })).data ?? null,
  });
  const categoryId = round.data?.categoryId ?? Number(params.categoryId);
  const category = useQuery({
    queryKey: ['category', categoryId],
    enabled: categoryId > 0,
    queryFn: async () =>
      (await api.GET('/api/v1/categories/{id}', { params: { path: { id: categoryId } } })).data ?? null,
  });
  const [form, setForm] = useLoadedForm(round.data, (loaded) => roundForm(loaded, language), NEW_ROUND);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof RoundForm>(field: K, value: RoundForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body = roundBody(form);
    const existing = round.data;
    // The rubric may change only before any score: an unchanged one is not sent, so other rules stay editable.
    const unchanged =
      existing &&
      JSON.stringify(roundBody(roundForm(existing, language)).criteria) === JSON.stringify(body.criteria);
    const outcome = existing
      ? await send(
          () =>
            api.PATCH('/api/v1/rounds/{id}', {
              params: { path: { id: existing.id } },
              body: {
                ...body,
                ...(unchanged && { criteria: undefined, dances: undefined }),
                version: existing.version,
              },
            }),
          t('errors.network'),
        )
      : await send(
          () => api.POST('/api/v1/categories/{id}/rounds', { params: { path: { id: categoryId } }, body }),
          t('errors.network'),
        );
    setBusy(false);
    if ('problem' in outcome) return setProblem(outcome.problem);
    queryClient.setQueryData(['round', outcome.data.id], outcome.data);
    await queryClient.invalidateQueries({ queryKey: ['category', categoryId] });
    setSaved(true);
    if (!existing) navigate(`/rounds/${outcome.data.id}/setup`, { replace: true });
  };

  if (roundId !== null && round.isPending) return <p role="status">{t('app.loading')}</p>;
  if (roundId !== null && !round.data) return <p role="alert">{t('app.notFound')}</p>;
  const errors = fieldErrors(problem);
  const existing = round.data ?? null;
  const ranked = isRanked(form.method);
  const codes = form.criteria.map((row) => row.code).filter(Boolean);
  return (
    <section>
      <p>
        <Link href={`/categories/${categoryId}`}>{category.data?.name ?? t('events.categories')}</Link>
      </p>
      <h1>{existing ? existing.name : t('events.addRound')}</h1>
      {existing && (
        <nav aria-label={t('events.roundLinks')} className="actions-row">
          <Link href={`/categories/${categoryId}/entries`} className="button">
            {t('events.linkEntries')}
          </Link>
          <Link href={`/rounds/${existing.id}/panel-setup`} className="button">
            {t('events.linkPanel')}
          </Link>
          <Link href={`/rounds/${existing.id}/board`} className="button">
            {t('events.linkBoard')}
          </Link>
          <Link href={`/results/rounds/${existing.id}`} className="button">
            {t('events.linkResults')}
          </Link>
        </nav>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <FormError message={formWide(problem, FIELDS, t('errors.unexpected'))} />
        <Field
          label={t('events.roundName')}
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          autoComplete="off"
        />
        <SelectField
          label={t('events.method')}
          value={form.method}
          onChange={(method) => set('method', method)}
          error={errors.method ?? errors['method.kind']}
          options={SCORING_METHODS.map((method) => ({ id: method, label: t(`events.method_${method}`) }))}
        />
        <p className="status" aria-live="polite">
          {t(`events.methodExplained_${form.method}`)}
        </p>
        {form.method === 'trimmed_mean' && (
          <div className="rows">
            <Field
              label={t('events.trim')}
              inputMode="numeric"
              value={form.trim}
              onChange={(e) => set('trim', e.target.value)}
              error={errors['method.trim']}
            />
            <Field
              label={t('events.minPanel')}
              inputMode="numeric"
              value={form.minPanel}
              onChange={(e) => set('minPanel', e.target.value)}
              error={errors['method.minPanel']}
            />
          </div>
        )}
        {form.method === 'recall' && (
          <Field
            label={t('events.recall')}
            inputMode="numeric"
            value={form.recall}
            onChange={(e) => set('recall', e.target.value)}
            error={errors['method.recall']}
          />
        )}
        {!ranked && (
          <SelectField
            label={t('events.basis')}
            hint={t(`events.basisExplained_${form.basis}`)}
            value={form.basis}
            onChange={(basis) => set('basis', basis)}
            error={errors.basis}
            options={(['totals', 'criteria'] as const).map((basis) => ({
              id: basis,
              label: t(`events.basis_${basis}`),
            }))}
          />
        )}
        <RubricEditor
          rows={form.criteria}
          ranked={ranked}
          onRows={(rows) => set('criteria', rows)}
          errors={errors}
        />
        <Field
          label={t('events.decimals')}
          hint={t('events.decimalsHint')}
          inputMode="numeric"
          value={form.decimals}
          onChange={(e) => set('decimals', e.target.value)}
          error={errors.decimals}
        />
        {!ranked && (
          <>
            <fieldset>
              <legend>{t('events.tieBreaks')}</legend>
              <p className="hint">{t('events.tieBreaksHint')}</p>
              {form.tieBreaks.map((tieBreak, index) => {
                const change = (next: Partial<typeof tieBreak>) =>
                  set(
                    'tieBreaks',
                    form.tieBreaks.map((row, at) => (at === index ? { ...row, ...next } : row)),
                  );
                return (
                  <div key={index} className="rows">
                    <SelectField
                      label={t('events.tieBreakN', { n: index + 1 })}
                      value={tieBreak.kind}
                      onChange={(kind) => change({ kind })}
                      error={errors[`tieBreaks.${index}.kind`] ?? errors[`tieBreaks.${index}`]}
                      options={TIE_BREAK_KINDS.map((kind) => ({
                        id: kind,
                        label: t(`events.tieBreak_${kind}`),
                      }))}
                    />
                    {tieBreak.kind === 'criterion' && (
                      <SelectField
                        label={t('events.tieBreakCriterion')}
                        value={tieBreak.criterion}
                        onChange={(criterion) => change({ criterion })}
                        error={errors[`tieBreaks.${index}.criterion`]}
                        placeholder={{ id: '', label: '—' }}
                        options={codes.map((code) => ({ id: code, label: code }))}
                      />
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        set(
                          'tieBreaks',
                          form.tieBreaks.filter((_, at) => at !== index),
                        )
                      }
                    >
                      {t('events.remove')}
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() =>
                  set('tieBreaks', [...form.tieBreaks, { kind: 'criterion', criterion: codes[0] ?? '' }])
                }
              >
                {t('events.addTieBreak')}
              </button>
            </fieldset>
            <Field
              label={t('events.spreadLimit')}
              hint={t('events.spreadLimitHint')}
              inputMode="decimal"
              value={form.spreadLimit}
              onChange={(e) => set('spreadLimit', e.target.value)}
              error={errors.spreadLimit}
            />
          </>
        )}
        <fieldset>
          <legend>{t('events.advancement')}</legend>
          <p className="hint">{t('events.advancementHint')}</p>
          {errors.advancement && (
            <p className="field-error" role="alert">
              {errors.advancement}
            </p>
          )}
          <div className="rows">
            <Field
              label={t('events.advanceTop')}
              inputMode="numeric"
              value={form.advanceTop}
              onChange={(e) => set('advanceTop', e.target.value)}
              error={errors['advancement.top']}
            />
            {form.method !== 'skating' && form.method !== 'recall' && (
              <Field
                label={t('events.advanceMinScore')}
                inputMode="decimal"
                value={form.advanceMinScore}
                onChange={(e) => set('advanceMinScore', e.target.value)}
                error={errors['advancement.minScore']}
              />
            )}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {existing ? t('events.save') : t('events.createRound')}
        </button>
        {saved && (
          <p className="saved" role="status">
            {t('events.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
