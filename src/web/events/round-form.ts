import type { components } from '../api/schema';
import type { Language } from '../i18n/format';
import { isRanked, type ScoringMethod, type TieBreakKind } from './event-options';

type RoundView = components['schemas']['RoundView'];
type RoundBody = components['schemas']['CreateRoundDto'];

export interface CriterionRow {
  code: string;
  name: string;
  min: string;
  max: string;
  step: string;
  weight: string;
}

/** The round form as typed: decimals stay text (a comma is read as the decimal point) until sent. */
export interface RoundForm {
  name: string;
  method: ScoringMethod;
  trim: string;
  minPanel: string;
  recall: string;
  basis: 'totals' | 'criteria';
  criteria: CriterionRow[];
  decimals: string;
  tieBreaks: { kind: TieBreakKind; criterion: string }[];
  spreadLimit: string;
  advanceTop: string;
  advanceMinScore: string;
}

export const NEW_ROUND: RoundForm = {
  name: '',
  method: 'mean',
  trim: '1',
  minPanel: '5',
  recall: '',
  basis: 'totals',
  criteria: [{ code: '', name: '', min: '0', max: '10', step: '0.25', weight: '1' }],
  decimals: '2',
  tieBreaks: [],
  spreadLimit: '',
  advanceTop: '',
  advanceMinScore: '',
};

const decimal = (value: string) => value.trim().replace(',', '.');
const whole = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** A stored decimal as the form shows it: a decimal comma in Vietnamese. */
export const shownDecimal = (value: string, language: Language) =>
  language === 'vi' ? value.replace('.', ',') : value;

export function roundForm(round: RoundView, language: Language): RoundForm {
  const shown = (value: string) => shownDecimal(value, language);
  return {
    name: round.name,
    method: round.method.kind,
    trim: String(round.method.trim ?? 1),
    minPanel: String(round.method.minPanel ?? 5),
    recall: round.method.recall === undefined ? '' : String(round.method.recall),
    basis: round.basis,
    criteria: round.criteria.map((criterion) => ({
      ...criterion,
      min: shown(criterion.min),
      max: shown(criterion.max),
      step: shown(criterion.step),
      weight: shown(criterion.weight),
    })),
    decimals: String(round.decimals),
    tieBreaks: round.tieBreaks.map((tieBreak) => ({
      kind: tieBreak.kind,
      criterion: tieBreak.criterion ?? '',
    })),
    spreadLimit: shown(round.spreadLimit ?? ''),
    advanceTop: round.advancement?.top === undefined ? '' : String(round.advancement.top),
    advanceMinScore: shown(round.advancement?.minScore ?? ''),
  };
}

/**
 * The request body: a ranked round (skating, recall) names its dances (the rubric's codes and names), a marked
 * round its criteria; the server judges every value and answers each error at its path (`criteria.1.step`).
 */
export function roundBody(form: RoundForm): RoundBody {
  const ranked = isRanked(form.method);
  const method: RoundBody['method'] = { kind: form.method };
  if (form.method === 'trimmed_mean')
    Object.assign(method, { trim: whole(form.trim), minPanel: whole(form.minPanel) });
  if (form.method === 'recall' && whole(form.recall) !== undefined) method.recall = whole(form.recall);
  const top = whole(form.advanceTop);
  const minScore = decimal(form.advanceMinScore) || undefined;
  return {
    name: form.name,
    method,
    decimals: whole(form.decimals),
    ...(ranked
      ? { dances: form.criteria.map(({ code, name }) => ({ code, name })) }
      : {
          basis: form.basis,
          criteria: form.criteria.map((row) => ({
            code: row.code.trim(),
            name: row.name.trim(),
            min: decimal(row.min) || '0',
            max: decimal(row.max),
            step: decimal(row.step),
            weight: decimal(row.weight) || '1',
          })),
          tieBreaks: form.tieBreaks.map((tieBreak) =>
            tieBreak.kind === 'criterion'
              ? { kind: 'criterion', criterion: tieBreak.criterion }
              : { kind: tieBreak.kind },
          ),
          spreadLimit: decimal(form.spreadLimit) || null,
        }),
    advancement:
      top !== undefined || minScore
        ? { ...(top !== undefined && { top }), ...(minScore && { minScore }) }
        : null,
  };
}
