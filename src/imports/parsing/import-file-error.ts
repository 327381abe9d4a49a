export const IMPORT_FILE_ERROR_REASONS = ['malformed', 'empty', 'missing_columns', 'too_many_rows'] as const;
export type ImportFileErrorReason = (typeof IMPORT_FILE_ERROR_REASONS)[number];

export interface ImportFileErrorDetails {
  /** Canonical names of the required columns the header lacks (`missing_columns`). */
  columns?: string[];
  /** Physical line (1-based) where an unclosed quoted field starts (`malformed` CSV). */
  line?: number;
  /** The row limit that was exceeded (`too_many_rows`). */
  maxRows?: number;
  cause?: unknown;
}

/**
 * The uploaded file as a whole cannot be imported; no row is. `reason` and the details are stable, so the
 * caller can word the message in the user's language; `message` is the English version.
 */
export class ImportFileError extends Error {
  readonly columns?: string[];
  readonly line?: number;
  readonly maxRows?: number;

  constructor(
    readonly reason: ImportFileErrorReason,
    message: string,
    details: ImportFileErrorDetails = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'ImportFileError';
    this.columns = details.columns;
    this.line = details.line;
    this.maxRows = details.maxRows;
  }

  static unterminatedQuote(line: number): ImportFileError {
    return new ImportFileError(
      'malformed',
      `A quoted field starting on line ${line} is never closed; remove the stray quotation mark (") or close it, then upload the file again.`,
      { line },
    );
  }

  /** Typically a CSV saved by Excel in the Windows code page instead of "CSV UTF-8". */
  static notUtf8(cause?: unknown): ImportFileError {
    return new ImportFileError(
      'malformed',
      'The file is not UTF-8 text; in Excel choose "Save As" and "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)", then upload it again.',
      { cause },
    );
  }

  static notXlsx(cause?: unknown): ImportFileError {
    return new ImportFileError(
      'malformed',
      'The file is not a readable Excel workbook; open it in Excel, save it as "Excel Workbook (.xlsx)" and upload it again.',
      { cause },
    );
  }

  static empty(): ImportFileError {
    return new ImportFileError(
      'empty',
      'The file has no header row or no data rows; put the column headers in the first row and one participant per row below it.',
    );
  }

  static missingColumns(columns: string[]): ImportFileError {
    return new ImportFileError(
      'missing_columns',
      `The header row (the first row) lacks the required column(s) ${columns.join(', ')}; add them and upload the file again.`,
      { columns },
    );
  }

  static tooManyRows(maxRows: number): ImportFileError {
    return new ImportFileError(
      'too_many_rows',
      `The file has more than ${maxRows} data rows; split it into files of at most ${maxRows} rows and upload them one by one.`,
      { maxRows },
    );
  }
}
