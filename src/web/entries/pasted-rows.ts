/** Rows copied from a spreadsheet (Excel, Google Sheets): tab-separated cells, one entrant a line. */
export interface PastedRow {
  /** 1-based line number in what was pasted, as the organiser sees it in the spreadsheet. */
  line: number;
  fullName: string;
  /** ISO yyyy-MM-dd, or null when the cell is not a real date. */
  dateOfBirth: string | null;
  dateOfBirthText: string;
  unit: string;
  title: string;
}

const HEADER = /họ.*tên|ho.*ten|name|ngày sinh|ngay sinh|birth/i;

/** Splits pasted text into rows; a first line that reads like column headers is skipped. */
export function parsePastedRows(text: string): PastedRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rows: PastedRow[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (rows.length === 0 && index === firstFilled(lines) && HEADER.test(cells.slice(0, 2).join(' '))) return;
    rows.push({
      line: index + 1,
      fullName: cells[0] ?? '',
      dateOfBirthText: cells[1] ?? '',
      dateOfBirth: parseDayMonthYear(cells[1] ?? ''),
      unit: cells[2] ?? '',
      title: cells[3] ?? '',
    });
  });
  return rows;
}

function firstFilled(lines: string[]): number {
  return lines.findIndex((line) => line.trim() !== '');
}

/** dd/MM/yyyy (also d/M/yyyy, with - or .), or ISO yyyy-MM-dd as some sheets export; null when not a real date. */
export function parseDayMonthYear(text: string): string | null {
  const value = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const [year, month, day] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0];
  if (year === 0) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A name without diacritics, case or extra spaces: "Nguyễn  Thị Ánh" and "nguyen thi anh" match. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
