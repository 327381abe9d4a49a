import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';

export interface SheetColumn {
  header: string;
  /** In characters. */
  width: number;
  /** Excel number format: '0.00', 'dd/mm/yyyy'. */
  numFmt?: string;
}

export type CellValue = string | number | Date | null;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * One worksheet written row by row through exceljs' streaming writer: a title block (bold first line), a
 * blank row, the header row (frozen, so it stays on screen), then the data rows, each committed at once so
 * nothing accumulates in memory.
 */
export class SheetWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  rows = 0;

  constructor(
    stream: Writable,
    sheetName: string,
    title: string[],
    private readonly columns: SheetColumn[],
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = 'Quảng Ninh talent programme';
    const headerRow = title.length + 2;
    this.sheet = this.workbook.addWorksheet(sheetName.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: headerRow }],
    });
    this.sheet.columns = columns.map((column, index) => ({
      key: String(index),
      width: column.width,
      style: column.numFmt ? { numFmt: column.numFmt } : {},
    }));
    title.forEach((line, index) => {
      const row = this.sheet.addRow([line]);
      if (index === 0) row.font = { bold: true, size: 14 };
      row.commit();
    });
    this.sheet.addRow([]).commit();
    const header = this.sheet.addRow(columns.map((column) => column.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    header.commit();
  }

  addRow(values: CellValue[]): void {
    const row = this.sheet.addRow(values);
    values.forEach((_, index) => {
      const format = this.columns[index]?.numFmt;
      if (format) row.getCell(index + 1).numFmt = format;
    });
    row.commit();
    this.rows++;
  }

  async finish(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}

/** The number format of a score with `decimals` decimals ('0.00' for 2). */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** A YYYY-MM-DD date as a spreadsheet date (midnight UTC, shown dd/mm/yyyy). */
export function sheetDate(date: string | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

/** dd/MM/yyyy for titles. */
export function shownDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
