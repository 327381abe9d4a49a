import { useId, useState } from 'react';
import type { Schemas } from '../api/types';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { checkMark, type MarkCheck } from './marks';

type Criterion = Schemas['SheetCriterionView'];

/** One mark: checked against the rubric as it is typed, recorded (and so saved) as soon as it is valid. */
export function MarkInput({
  criterion,
  shown,
  waiting,
  disabled,
  label,
  compact,
  onMark,
}: {
  criterion: Criterion;
  shown: string | null;
  waiting: boolean;
  disabled: boolean;
  label: string;
  compact?: boolean;
  onMark: (value: string | null) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [check, setCheck] = useState<MarkCheck | null>(null);
  const scale = t('judging.scale', {
    min: formatDecimal(criterion.min, language),
    max: formatDecimal(criterion.max, language),
    step: formatDecimal(criterion.step, language),
  });

  const change = (typed: string) => {
    setDraft(typed);
    const result = checkMark(typed, criterion);
    setCheck(result);
    if (result.ok) onMark(result.value);
  };

  const error =
    check && !check.ok
      ? t(`judging.mark.${check.problem}`, {
          min: formatDecimal(criterion.min, language),
          max: formatDecimal(criterion.max, language),
          step: formatDecimal(criterion.step, language),
        }) +
        (check.nearest
          ? ` ${formatDecimal(check.nearest[0], language)} / ${formatDecimal(check.nearest[1], language)}`
          : '')
      : null;
  const value = draft ?? (shown === null ? '' : formatDecimal(shown, language));
  const state = waiting ? t('judging.cellWaiting') : shown !== null ? t('judging.cellSaved') : '';

  return (
    <div className={compact ? 'mark compact' : 'mark field'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {!compact && (
        <span className="hint" id={`${id}-scale`}>
          {scale}
        </span>
      )}
      <input
        id={id}
        data-mark
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[compact ? '' : `${id}-scale`, error ? `${id}-error` : '', `${id}-state`]
          .filter(Boolean)
          .join(' ')}
        title={compact ? `${label}: ${scale}` : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={() => check?.ok && setDraft(null)}
      />
      <span id={`${id}-state`} className={waiting ? 'waiting cell-state' : 'saved cell-state'}>
        {state}
      </span>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
