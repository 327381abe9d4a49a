import { parseCsv } from './csv';
import { ImportFileError } from './import-file-error';
import { mapParticipantHeaders, PARTICIPANT_COLUMN_NAMES, ParticipantColumn } from './participant-columns';
import { parseXlsx } from './xlsx';

export type ParticipantFileFormat = 'csv' | 'xlsx';

export interface ParticipantFileRow {
  /** The row's number in the file as Excel shows it: the header is row 1, so the first data row is 2. */
  row: number;
  /** Every column's text, NFC-normalised and trimmed; '' for an empty cell or an absent optional column. */
  values: Record<ParticipantColumn, string>;
}

export const DEFAULT_MAX_PARTICIPANT_ROWS = 50_000;

/**
 * Reads an uploaded participants file into its non-blank data rows, as raw text: checking the values is the
 * caller's job. Throws ImportFileError: 'malformed' (not UTF-8 CSV, unclosed quote, not an XLSX workbook),
 * 'missing_columns', 'empty' (no header or no data row), 'too_many_rows' (more than maxRows non-blank rows).
 */
export async function readParticipantFile(
  buffer: Buffer,
  format: ParticipantFileFormat,
  maxRows = DEFAULT_MAX_PARTICIPANT_ROWS,
): Promise<{ rows: ParticipantFileRow[] }> {
  const table = format === 'csv' ? parseCsv(decodeUtf8(buffer)) : await parseXlsx(buffer);

  const [header, ...dataRows] = table;
  if (header === undefined || isBlank(header)) throw ImportFileError.empty();
  const indexes = mapParticipantHeaders(header.map(normaliseText));

  const rows: ParticipantFileRow[] = [];
  dataRows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    if (rows.length === maxRows) throw ImportFileError.tooManyRows(maxRows);
    const values = Object.fromEntries(
      PARTICIPANT_COLUMN_NAMES.map((column) => {
        const at = indexes[column];
        return [column, at === undefined ? '' : normaliseText(cells[at] ?? '')];
      }),
    ) as Record<ParticipantColumn, string>;
    // +1 for the header, +1 because rows are counted from 1.
    rows.push({ row: index + 2, values });
  });

  if (rows.length === 0) throw ImportFileError.empty();
  return { rows };
}

/** UTF-8 with or without a BOM (the decoder drops it); anything else is refused rather than garbled. */
function decodeUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch (error) {
    throw ImportFileError.notUtf8(error);
  }
}

/** NFC, so a name typed in decomposed form (macOS, some keyboards) is the same text as its composed form. */
function normaliseText(text: string): string {
  return text.normalize('NFC').trim();
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
