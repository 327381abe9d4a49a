import type { FieldError } from '../common/errors/app-error';
import type { LocalisedText } from '../common/errors/language';
import type { RankedMethod } from '../scoring/engine';
import type { MarkCheck } from './score-marks';
import type { StoredCell } from './sheet-rules';

/**
 * A ranked round's mark as a client sent it (skating.md): a place, a whole number from 1 to the number of
 * entries; or, in a recall, 1 for a cross and 0 for none.
 */
export function checkRankedMark(method: RankedMethod, entries: number, raw: unknown): MarkCheck {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
  const whole = text !== null && /^\d+$/.test(text) ? Number(text) : null;
  if (method.kind === 'recall') {
    return whole === 0 || whole === 1 ? { value: String(whole) } : { problem: NOT_A_CROSS };
  }
  if (whole === null || whole < 1 || whole > entries) {
    return {
      problem: {
        vi: `phải là thứ hạng, một số nguyên từ 1 đến ${entries}`,
        en: `must be a place, a whole number from 1 to ${entries}`,
      },
    };
  }
  return { value: String(whole) };
}

/** A requested cell with where it was in the request, for naming it in an error. */
export interface RequestedRankedCell {
  index: number;
  entryId: number;
  criterion: string;
}

/**
 * What a write would leave wrong in the dances it touches: a place held by two entries in one dance (no ties),
 * or more crosses than the recall number. Each problem names the requested cells involved; a column may be
 * incomplete while the judge is still placing, and submission asks for it whole.
 */
export function rankedColumnErrors(
  method: RankedMethod,
  entries: number,
  after: ReadonlyMap<string, StoredCell>,
  requested: RequestedRankedCell[],
  codeOf: (entryId: number) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  const dances = new Set(requested.map((cell) => cell.criterion));
  for (const dance of dances) {
    const column = [...after.values()].filter((cell) => cell.criterion === dance);
    const touched = requested.filter((cell) => cell.criterion === dance);
    if (method.kind === 'recall') {
      const recall = crossesOwed(method, entries);
      const crossed = column.filter((cell) => cell.value === '1');
      if (crossed.length <= recall) continue;
      for (const cell of touched.filter((candidate) =>
        crossed.some((c) => c.entryId === candidate.entryId),
      )) {
        errors.push({
          path: `scores.${cell.index}.value`,
          message: {
            vi: `vượt quá ${recall} dấu chọn của điệu ${dance} (đang có ${crossed.length})`,
            en: `goes beyond the ${recall} crosses of dance ${dance} (${crossed.length} given)`,
          },
        });
      }
      continue;
    }
    for (const cell of touched) {
      const own = after.get(`${cell.entryId}:${dance}`);
      if (!own) continue;
      const others = column.filter((other) => other.value === own.value && other.entryId !== cell.entryId);
      if (others.length === 0) continue;
      errors.push({
        path: `scores.${cell.index}.value`,
        message: {
          vi: `thứ hạng ${own.value} của điệu ${dance} đã dành cho ${others.map((o) => codeOf(o.entryId)).join(', ')}: mỗi thứ hạng chỉ một tiết mục`,
          en: `place ${own.value} in dance ${dance} is already given to ${others.map((o) => codeOf(o.entryId)).join(', ')}: one entry per place`,
        },
      });
    }
  }
  return errors;
}

/** Recall dances whose crosses are not exactly the recall number: what keeps a complete sheet from submission. */
export function crossesShort(
  method: RankedMethod,
  entries: number,
  dances: string[],
  cells: ReadonlyMap<string, StoredCell>,
): { dance: string; crosses: number; recall: number }[] {
  if (method.kind !== 'recall') return [];
  const recall = crossesOwed(method, entries);
  return dances.flatMap((dance) => {
    const crosses = [...cells.values()].filter(
      (cell) => cell.criterion === dance && cell.value === '1',
    ).length;
    return crosses === recall ? [] : [{ dance, crosses, recall }];
  });
}

/** The recall number, or every entry when there are no more than that (as the engine counts). */
function crossesOwed(method: { recall: number }, entries: number): number {
  return Math.min(method.recall, entries);
}

const NOT_A_CROSS: LocalisedText = {
  vi: 'phải là 1 (chọn vào vòng sau) hoặc 0 (không chọn)',
  en: 'must be 1 (a cross: recalled) or 0 (not recalled)',
};
