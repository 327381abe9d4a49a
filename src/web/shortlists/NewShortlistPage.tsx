import './shortlists.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { readNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { ContestScoring, contestScoringBody, DEFAULT_CONTEST_SCORING } from './ContestScoring';

const WEIGHTS = ['contests', 'assessments', 'attendance'] as const;

interface Band {
  min: string;
  max: string;
}

/** A labelled multiple choice with its error beside it (disciplines, localities). */
function MultiSelect({
  label,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  error?: string;
  options: { id: number; name: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <select
        id={id}
        multiple
        size={6}
        value={value.map(String)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange([...e.target.selectedOptions].map((option) => Number(option.value)))}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The shortlist request: what to look at, how to weigh it and how many to pick; the API checks every field. */
export default function NewShortlistPage() {
  const { t } = useI18n();
  const [disciplineIds, setDisciplineIds] = useState<number[]>([]);
  const [localityIds, setLocalityIds] = useState<number[]>([]);
  const [referenceDate, setReferenceDate] = useState('');
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [bands, setBands] = useState<Band[]>([{ min: '', max: '' }]);
  const [mode, setMode] = useState<'top' | 'threshold'>('top');
  const [perBand, setPerBand] = useState('10');
  const [minScore, setMinScore] = useState('');
  const [localQuota, setLocalQuota] = useState('');
  const [weights, setWeights] = useState({ contests: '60', assessments: '30', attendance: '10' });
  const [contestScoring, setContestScoring] = useState(DEFAULT_CONTEST_SCORING);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);

  const disciplines = useQuery({
    queryKey: ['disciplines'],
    queryFn: async () =>
      (await api.GET('/api/v1/disciplines', { params: { query: { pageSize: 200 } } })).data,
  });
  const localities = useQuery({
    queryKey: ['localities', 'at', referenceDate],
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(referenceDate),
    queryFn: async () =>
      (await api.GET('/api/v1/localities', { params: { query: { at: referenceDate, pageSize: 1000 } } }))
        .data,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const { data, error } = await api.POST('/api/v1/shortlists', {
        body: {
          disciplineIds,
          referenceDate,
          ageBands: bands.map((band) => ({ min: readNumber(band.min)!, max: readNumber(band.max)! })),
          period,
          ...(localityIds.length > 0 && { localityIds }),
          selection:
            mode === 'top'
              ? { mode, perBand: readNumber(perBand) }
              : { mode, minScore: minScore.trim().replace(',', '.') },
          ...(localQuota.trim() && { localQuota: readNumber(localQuota) }),
          weights: {
            contests: readNumber(weights.contests)!,
            assessments: readNumber(weights.assessments)!,
            attendance: readNumber(weights.attendance)!,
          },
          ...contestScoringBody(contestScoring),
        },
      });
      if (data) navigate(`/shortlists/${data.id}`);
      else setProblem(asProblem(error));
    } catch {
      setProblem({ detail: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(problem);
  const options = (disciplines.data?.items ?? []).map((d) => ({
    id: d.id,
    name: d.kind === 'field' ? t('shortlists.wholeField', { name: d.name }) : d.name,
  }));
  return (
    <section className="narrow">
      <p>
        <Link href="/shortlists">{t('shortlists.title')}</Link>
      </p>
      <h1>{t('shortlists.request')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError
          message={problem && !problem.errors?.length ? (problem.detail ?? t('errors.unexpected')) : null}
        />
        <MultiSelect
          label={t('shortlists.disciplines')}
          hint={t('shortlists.disciplinesHint')}
          error={errors.disciplineIds}
          options={options}
          value={disciplineIds}
          onChange={setDisciplineIds}
        />
        <Field
          label={t('shortlists.referenceDate')}
          hint={t('shortlists.referenceDateHint')}
          type="date"
          value={referenceDate}
          onChange={(e) => setReferenceDate(e.target.value)}
          error={errors.referenceDate}
        />
        <fieldset>
          <legend>{t('shortlists.ageBands')}</legend>
          <p className="hint">{t('shortlists.ageBandsHint')}</p>
          {errors.ageBands && <span className="field-error">{errors.ageBands}</span>}
          {bands.map((band, index) => (
            <div className="band-row" key={index}>
              <Field
                label={t('shortlists.bandMin', { n: index + 1 })}
                inputMode="numeric"
                value={band.min}
                onChange={(e) =>
                  setBands(bands.map((b, i) => (i === index ? { ...b, min: e.target.value } : b)))
                }
                error={errors[`ageBands.${index}.min`]}
              />
              <Field
                label={t('shortlists.bandMax', { n: index + 1 })}
                inputMode="numeric"
                value={band.max}
                onChange={(e) =>
                  setBands(bands.map((b, i) => (i === index ? { ...b, max: e.target.value } : b)))
                }
                error={errors[`ageBands.${index}.max`]}
              />
              {bands.length > 1 && (
                <button type="button" onClick={() => setBands(bands.filter((_, i) => i !== index))}>
                  {t('shortlists.removeBand', { n: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => setBands([...bands, { min: '', max: '' }])}>
            {t('shortlists.addBand')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('shortlists.period')}</legend>
          <p className="hint">{t('shortlists.periodHint')}</p>
          <Field
            label={t('shortlists.periodFrom')}
            type="date"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.target.value })}
            error={errors['period.from'] ?? errors.period}
          />
          <Field
            label={t('shortlists.periodTo')}
            type="date"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.target.value })}
            error={errors['period.to']}
          />
        </fieldset>
        <MultiSelect
          label={t('shortlists.localities')}
          hint={t(referenceDate ? 'shortlists.localitiesHint' : 'shortlists.localitiesNeedDate')}
          error={errors.localityIds}
          options={(localities.data?.items ?? []).map((unit) => ({ id: unit.id, name: unit.fullName }))}
          value={localityIds}
          onChange={setLocalityIds}
        />
        <fieldset>
          <legend>{t('shortlists.selection')}</legend>
          <div className="toggle" role="radiogroup" aria-label={t('shortlists.selection')}>
            {(['top', 'threshold'] as const).map((choice) => (
              <label key={choice}>
                <input type="radio" name="mode" checked={mode === choice} onChange={() => setMode(choice)} />{' '}
                {t(`shortlists.mode_${choice}`)}
              </label>
            ))}
          </div>
          {mode === 'top' ? (
            <Field
              label={t('shortlists.perBand')}
              inputMode="numeric"
              value={perBand}
              onChange={(e) => setPerBand(e.target.value)}
              error={errors['selection.perBand'] ?? errors.selection}
            />
          ) : (
            <Field
              label={t('shortlists.minScore')}
              inputMode="decimal"
              value={minScore}
              onChange={(e) => setMinScore(e.target.value)}
              error={errors['selection.minScore'] ?? errors.selection}
            />
          )}
          <Field
            label={t('shortlists.localQuota')}
            hint={t('shortlists.localQuotaHint')}
            inputMode="numeric"
            value={localQuota}
            onChange={(e) => setLocalQuota(e.target.value)}
            error={errors.localQuota}
          />
        </fieldset>
        <fieldset>
          <legend>{t('shortlists.weights')}</legend>
          <p className="hint">{t('shortlists.weightsHint')}</p>
          {WEIGHTS.map((weight) => (
            <Field
              key={weight}
              label={t(`shortlists.weight_${weight}`)}
              hint={t(`shortlists.weightHint_${weight}`)}
              inputMode="decimal"
              value={weights[weight]}
              onChange={(e) => setWeights({ ...weights, [weight]: e.target.value })}
              error={errors[`weights.${weight}`]}
            />
          ))}
        </fieldset>
        <ContestScoring value={contestScoring} onChange={setContestScoring} errors={errors} />
        <button type="submit" className="primary" disabled={busy}>
          {t('shortlists.submit')}
        </button>
      </form>
    </section>
  );
}
