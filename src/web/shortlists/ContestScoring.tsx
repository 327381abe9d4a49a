import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';

export const LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const;

/** How contest results count, as typed: a factor per level, the half-life, the bonus per prize. */
export interface ContestScoringInput {
  levelWeights: Record<(typeof LEVELS)[number], string>;
  halfLifeYears: string;
  awardBonus: string;
}

/** The defaults of talent-score.md, so the form shows what a request without them would use. */
export const DEFAULT_CONTEST_SCORING: ContestScoringInput = {
  levelWeights: { grassroots: '1', district: '2', provincial: '3', national: '4' },
  halfLifeYears: '2',
  awardBonus: '0,5; 0,3; 0,2; 0,1',
};

/** The request's fields from what was typed (decimal commas read as points; blanks left to the API to name). */
export function contestScoringBody(input: ContestScoringInput) {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));
  return {
    levelWeights: Object.fromEntries(
      LEVELS.map((level) => [level, number(input.levelWeights[level])]),
    ) as Record<(typeof LEVELS)[number], number>,
    halfLifeYears: number(input.halfLifeYears),
    awardBonus: input.awardBonus
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => number(part)!),
  };
}

/**
 * The advanced part of a shortlist request, folded away: most requests keep the defaults. Open whenever one of
 * its fields has an error, so the error is seen beside its field.
 */
export function ContestScoring({
  value,
  onChange,
  errors,
}: {
  value: ContestScoringInput;
  onChange: (value: ContestScoringInput) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const awardError = Object.entries(errors).find(([path]) => path.startsWith('awardBonus'))?.[1];
  const failed =
    awardError || errors.halfLifeYears || LEVELS.some((level) => errors[`levelWeights.${level}`]);
  return (
    <details className="contest-scoring" open={failed ? true : undefined}>
      <summary>{t('shortlists.contestScoring')}</summary>
      <p className="hint">{t('shortlists.contestScoringHint')}</p>
      <fieldset>
        <legend>{t('shortlists.levelWeights')}</legend>
        <div className="band-row">
          {LEVELS.map((level) => (
            <Field
              key={level}
              label={t(`shortlists.levelWeight_${level}`)}
              inputMode="decimal"
              value={value.levelWeights[level]}
              onChange={(e) =>
                onChange({ ...value, levelWeights: { ...value.levelWeights, [level]: e.target.value } })
              }
              error={errors[`levelWeights.${level}`]}
            />
          ))}
        </div>
      </fieldset>
      <Field
        label={t('shortlists.halfLifeYears')}
        hint={t('shortlists.halfLifeYearsHint')}
        inputMode="decimal"
        value={value.halfLifeYears}
        onChange={(e) => onChange({ ...value, halfLifeYears: e.target.value })}
        error={errors.halfLifeYears}
      />
      <Field
        label={t('shortlists.awardBonus')}
        hint={t('shortlists.awardBonusHint')}
        value={value.awardBonus}
        onChange={(e) => onChange({ ...value, awardBonus: e.target.value })}
        error={awardError}
      />
    </details>
  );
}
