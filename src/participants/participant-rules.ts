import { LocalisedText } from '../common/errors/language';

/** Programme participants are children and young people: 3 to 35 years old when recorded. */
export const MIN_AGE = 3;
export const MAX_AGE = 35;

/**
 * A name search counts its matches up to this many; past it the page says `totalCapped` and the person types
 * more of the name. (Counting a common name's matches to 10,000 took most of a search's database time at
 * 300,000 children.)
 */
export const SEARCH_COUNT_CAP = 1_000;

/** The most word positions a name is searchable from. */
const MAX_NAME_WORDS = 12;

/** NFC, trimmed, single spaces: the one spelling stored and compared. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The name from each word on: "Nguyễn Văn Đức" → ["Nguyễn Văn Đức", "Văn Đức", "Đức"]. */
export function nameSuffixes(name: string): string[] {
  const words = normaliseName(name).split(' ').filter(Boolean);
  return words.slice(0, MAX_NAME_WORDS).map((_, i) => words.slice(i).join(' '));
}

export { todayInVietnam } from '../common/vietnam-date';

/** Completed years between a date of birth and a date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The date of birth that makes someone exactly `age` on `on`. */
export function bornYearsBefore(on: string, age: number): string {
  const [y, m, d] = on.split('-').map(Number);
  const date = new Date(Date.UTC(y - age, m - 1, d));
  // 29 February of a year without one falls on 1 March: born on 28 February is already that age.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Why a date of birth is refused (in the future, or an age outside 3–35 today), or undefined. */
export function dateOfBirthProblem(dateOfBirth: string, today: string): LocalisedText | undefined {
  if (dateOfBirth > today) return { vi: 'không được ở tương lai', en: 'must not be in the future' };
  const age = ageOn(dateOfBirth, today);
  if (age < MIN_AGE || age > MAX_AGE) {
    return {
      vi: `cho tuổi ${age}, ngoài khoảng ${MIN_AGE}–${MAX_AGE} tuổi của chương trình`,
      en: `gives an age of ${age}, outside the programme's ${MIN_AGE}–${MAX_AGE}`,
    };
  }
  return undefined;
}

/**
 * A date as people write it in Vietnam (dd/MM/yyyy, also with '-' or '.') or as ISO (yyyy-MM-dd), to
 * YYYY-MM-DD; undefined when it is not a real date.
 */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const formatted = date.toISOString().slice(0, 10);
  const expected = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return formatted === expected ? formatted : undefined;
}

const GENDER_WORDS: Record<string, 'female' | 'male' | 'other'> = {
  nu: 'female',
  nữ: 'female',
  female: 'female',
  f: 'female',
  nam: 'male',
  male: 'male',
  m: 'male',
  khac: 'other',
  khác: 'other',
  other: 'other',
};

/** Gender as written in a file: Nam / Nữ / Khác or male / female / other, any case. */
export function parseGender(text: string): 'female' | 'male' | 'other' | undefined {
  return GENDER_WORDS[text.normalize('NFC').trim().toLowerCase()];
}

/**
 * A Vietnamese phone number as 10 (mobile) or 11 (landline) digits starting with 0 (+84 and separators accepted, and the leading 0
 * that a spreadsheet drops from a number cell restored); undefined if it is not one.
 */
export function normalisePhone(text: string): string | undefined {
  const digits = text
    .trim()
    .replace(/[\s.()-]/g, '')
    .replace(/^\+?84(?=\d{9}$)/, '0');
  const restored = /^[35789]\d{8}$/.test(digits) ? `0${digits}` : digits;
  // Mobiles have 10 digits; landlines 11, with an area code starting 02.
  return /^0(\d{9}|2\d{9})$/.test(restored) ? restored : undefined;
}
