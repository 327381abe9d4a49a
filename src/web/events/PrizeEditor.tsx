import { useI18n } from '../i18n/i18n';
import { formatDecimal } from '../i18n/format';
import { Field } from '../ui/Field';
import { tieExample, toPrizeRule, type PrizeRow } from './prizes';

/** The category's prizes in order, with a plain preview of what they award and how ties use places. */
export function PrizeEditor({
  rows,
  tiesUseNextPlaces,
  onRows,
  onTies,
  errors,
}: {
  rows: PrizeRow[];
  tiesUseNextPlaces: boolean;
  onRows: (rows: PrizeRow[]) => void;
  onTies: (value: boolean) => void;
  errors: Record<string, string>;
}) {
  const { t, language } = useI18n();
  const change = (index: number, field: keyof PrizeRow, value: string) =>
    onRows(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const described = rows
    .map(toPrizeRule)
    .filter((rule) => rule.prize)
    .map((rule) => {
      const score = rule.minScore ? formatDecimal(rule.minScore, language) : '';
      if (rule.count !== undefined && score)
        return t('events.prizeCountFrom', { count: rule.count, prize: rule.prize, score });
      if (rule.count !== undefined) return t('events.prizeCount', { count: rule.count, prize: rule.prize });
      return t('events.prizeFrom', { prize: rule.prize, score });
    });
  const tie = tieExample(rows, tiesUseNextPlaces);
  return (
    <fieldset>
      <legend>{t('events.prizes')}</legend>
      {errors.prizes && (
        <p className="field-error" role="alert">
          {errors.prizes}
        </p>
      )}
      {rows.map((row, index) => (
        <div key={index} className="rows prize-row">
          <Field
            label={t('events.prizeName', { n: index + 1 })}
            value={row.prize}
            onChange={(e) => change(index, 'prize', e.target.value)}
            error={errors[`prizes.${index}.prize`] ?? errors[`prizes.${index}`]}
          />
          <Field
            label={t('events.prizeHowMany')}
            inputMode="numeric"
            value={row.count}
            onChange={(e) => change(index, 'count', e.target.value)}
            error={errors[`prizes.${index}.count`]}
          />
          <Field
            label={t('events.prizeMinScore')}
            inputMode="decimal"
            value={row.minScore}
            onChange={(e) => change(index, 'minScore', e.target.value)}
            error={errors[`prizes.${index}.minScore`]}
          />
          <button type="button" onClick={() => onRows(rows.filter((_, at) => at !== index))}>
            {t('events.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onRows([...rows, { prize: '', count: '', minScore: '' }])}>
        {t('events.addPrize')}
      </button>
      <label className="toggle">
        <input type="checkbox" checked={tiesUseNextPlaces} onChange={(e) => onTies(e.target.checked)} />
        {t('events.tiesUseNextPlaces')}
      </label>
      <div className="status" aria-live="polite">
        <p>
          <strong>{t('events.preview')}:</strong>{' '}
          {described.length ? described.join(', ') : t('events.noPrizes')}
        </p>
        {tie && (
          <p>
            {t('events.tieExample', { tied: tie.tied, first: tie.first })}{' '}
            {tie.secondCount === 0
              ? t('events.tieNoSecond', { second: tie.second })
              : t('events.tieSecondLeft', { second: tie.second, count: tie.secondCount })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
