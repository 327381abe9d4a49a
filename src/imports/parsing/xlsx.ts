import { CellValue, Workbook } from 'exceljs';
import { ImportFileError } from './import-file-error';

/**
 * Reads the first worksheet (in tab order) of an XLSX workbook into rows of strings, row 1 first. Every row
 * down to the last one Excel keeps is returned, blank ones included, so an index + 1 is the row number Excel
 * shows. Rows are padded with '' to the header row's width.
 *
 * Cells become text: strings trimmed; numbers as plain decimals, never with an exponent; dates as
 * YYYY-MM-DD from their UTC parts (exceljs reads Excel's date serials as UTC); rich text and hyperlinks as
 * their text; formulas as their cached result ('' if the file has none); Excel errors as their code ('#N/A');
 * booleans as 'true' / 'false'; empty cells as ''.
 *
 * A number cell has already lost any leading zero (a phone typed as 0912345678 is stored as 912345678, even
 * when a '0000000000' format shows the zero), so the import treats phone columns as text: sheets should
 * format them as text, and the phone validator may restore a lost leading zero.
 *
 * Throws ImportFileError('malformed') when the buffer is not an XLSX workbook.
 */
export async function parseXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it accepts Node's.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw ImportFileError.notXlsx(error);
  }

  const sheet = workbook.worksheets[0];
  if (!sheet) return [];

  // findRow, not getRow: getRow adds the rows it does not find.
  const width = sheet.findRow(1)?.cellCount ?? 0;
  const rows: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(width, row?.cellCount ?? 0); column++) {
      cells.push(row ? cellText(row.getCell(column).value) : '');
    }
    rows.push(cells);
  }
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return plainDecimal(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A hyperlink's text may itself be rich text, which the typings do not say.
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return value.error;
  return '';
}

/** The number's shortest round-trip digits, written out without an exponent (1e21 → '1' and 21 zeros). */
export function plainDecimal(value: number): string {
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;

  const exponent = Number(text.slice(exponentAt + 1));
  const mantissa = text.slice(0, exponentAt);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [integerDigits, fractionDigits = ''] = mantissa.replace('-', '').split('.');
  const digits = integerDigits + fractionDigits;
  const pointAt = integerDigits.length + exponent;

  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

function isoDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
