import type { Schemas } from '../api/types';
import { readNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';

type Level = keyof Schemas['LevelWeightsDto'];
/** The contest levels in the order the form shows them, lowest first. */
const LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const satisfies readonly Level[];

/** How contest results count, as typed: a factor per level, the half-life, the bonus per prize. */
export interface ContestScoringInput {
  levelWeights: Record<Level, string>;
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
  return {
    levelWeights: Object.fromEntries(
      LEVELS.map((level) => [level, readNumber(input.levelWeights[level])]),
    ) as Record<Level, number>,
    halfLifeYears: readNumber(input.halfLifeYears),
    awardBonus: input.awardBonus
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => readNumber(part)!),
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
