import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import type { CriterionRow } from './round-form';

const BLANK: CriterionRow = { code: '', name: '', min: '0', max: '10', step: '0.25', weight: '1' };

/**
 * The round's rubric, a row per criterion; a ranked round (skating, recall) keeps only each dance's code and
 * name. Each server error shows beside its cell (`criteria.1.step`, or `dances.1.code`).
 */
export function RubricEditor({
  rows,
  ranked,
  onRows,
  errors,
}: {
  rows: CriterionRow[];
  ranked: boolean;
  onRows: (rows: CriterionRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const list = ranked ? 'dances' : 'criteria';
  const change = (index: number, field: keyof CriterionRow, value: string) =>
    onRows(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const cell = (index: number, field: keyof CriterionRow, label: string, decimal = false) => (
    <Field
      label={label}
      value={rows[index][field]}
      inputMode={decimal ? 'decimal' : undefined}
      onChange={(e) => change(index, field, e.target.value)}
      error={errors[`${list}.${index}.${field}`]}
      autoComplete="off"
    />
  );
  return (
    <fieldset>
      <legend>{ranked ? t('events.dances') : t('events.rubric')}</legend>
      {!ranked && <p className="hint">{t('events.rubricHint')}</p>}
      {errors[list] && (
        <p className="field-error" role="alert">
          {errors[list]}
        </p>
      )}
      {rows.map((_, index) => (
        <fieldset key={index} className="card criterion">
          <legend>{t(ranked ? 'events.danceN' : 'events.criterionN', { n: index + 1 })}</legend>
          {errors[`${list}.${index}`] && (
            <p className="field-error" role="alert">
              {errors[`${list}.${index}`]}
            </p>
          )}
          <div className="rows">
            {cell(index, 'code', t('events.criterionCode'))}
            {cell(index, 'name', t('events.criterionName'))}
          </div>
          {!ranked && (
            <div className="rows">
              {cell(index, 'min', t('events.criterionMin'), true)}
              {cell(index, 'max', t('events.criterionMax'), true)}
              {cell(index, 'step', t('events.criterionStep'), true)}
              {cell(index, 'weight', t('events.criterionWeight'), true)}
            </div>
          )}
          <button type="button" onClick={() => onRows(rows.filter((_, at) => at !== index))}>
            {t('events.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onRows([...rows, { ...BLANK }])}>
        {ranked ? t('events.addDance') : t('events.addCriterion')}
      </button>
    </fieldset>
  );
}
