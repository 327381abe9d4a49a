import { ImportFileError } from './import-file-error';

const QUOTE = '"';
const BOM = '\uFEFF';

/**
 * Splits CSV text (RFC 4180) into rows of raw, untrimmed fields, the header row included.
 *
 * - Fields may be quoted; inside quotes, delimiters and line breaks are data and `""` is one quote. A line
 *   break inside a quoted field is returned as `\n` whatever the file uses.
 * - Records end with CRLF, LF or a lone CR (old Mac exports).
 * - The delimiter is ';' when the header line has more ';' than ',' outside quotes (Excel in a Vietnamese
 *   locale exports ';'), else ','.
 * - Blank lines inside the file stay as `['']` rows so row numbers keep matching the file; trailing ones are
 *   dropped.
 * - Lenient where Excel is: a quote inside an unquoted field is kept as a character, and characters after a
 *   closing quote are appended to the field.
 *
 * Throws ImportFileError('malformed') when a quoted field is never closed.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const delimiter = detectDelimiter(input);

  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldWasQuoted = false;
  let line = 1;
  let quoteStartLine = 0;

  for (let i = 0; i < input.length; i++) {
    const char = input[i];

    if (inQuotes) {
      if (char === QUOTE) {
        if (input[i + 1] === QUOTE) {
          field += QUOTE;
          i++;
        } else {
          inQuotes = false;
        }
      } else if (char === '\r' || char === '\n') {
        if (char === '\r' && input[i + 1] === '\n') i++;
        field += '\n';
        line++;
      } else {
        field += char;
      }
      continue;
    }

    if (char === QUOTE && field === '' && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
      quoteStartLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldWasQuoted = false;
      line++;
    } else {
      field += char;
    }
  }

  if (inQuotes) throw ImportFileError.unterminatedQuote(quoteStartLine);

  // The last record has no line break after it (or there is no text at all).
  if (row.length > 0 || field !== '' || fieldWasQuoted) {
    row.push(field);
    rows.push(row);
  }

  while (rows.length > 0 && isEmptyLine(rows[rows.length - 1])) rows.pop();
  return rows;
}

/** ';' when the header line holds more ';' than ',' outside quotes, else ','. */
function detectDelimiter(input: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;

  for (const char of input) {
    if (char === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === '\r' || char === '\n') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function isEmptyLine(row: string[]): boolean {
  return row.length === 1 && row[0] === '';
}
