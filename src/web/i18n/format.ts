/** How the web app shows dates, times and decimals: dd/MM/yyyy and times in Vietnam, a comma in Vietnamese. */
export type Language = 'vi' | 'en';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

function parts(value: Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, ...options }).formatToParts(
    value,
  )) {
    found[part.type] = part.value;
  }
  return found;
}

function toDate(value: Date | string): Date {
  // A bare ISO date (2025-07-01) is a calendar day, not midnight UTC: read it as noon in Vietnam.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T12:00:00+07:00`);
  return typeof value === 'string' ? new Date(value) : value;
}

/** dd/MM/yyyy in Vietnam, whatever the language (the programme's documents use it in both). */
export function formatDate(value: Date | string): string {
  const p = parts(toDate(value), { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm in Vietnam (24-hour clock). */
export function formatTime(value: Date | string): string {
  const p = parts(toDate(value), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

export function formatDateTime(value: Date | string): string {
  return `${formatTime(value)} ${formatDate(value)}`;
}

/**
 * A decimal the API sends as a dot string ("8.75"), shown as typed: a comma in Vietnamese, a dot in English.
 * The string is kept digit for digit (no float rounding), and thousands are not grouped (marks are small).
 */
export function formatDecimal(value: string | number, language: Language): string {
  const text = typeof value === 'number' ? String(value) : value;
  return language === 'vi' ? text.replace('.', ',') : text;
}

/**
 * A number typed in a form, a decimal comma read as a point: empty is "not given" (undefined); anything else
 * is sent for the server to judge (NaN travels as null and is refused there, with the field named).
 */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}
