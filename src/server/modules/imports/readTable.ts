import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';

/** One row of an uploaded file, with the line (or Excel row) a user would look for. */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads a CSV or Excel (.xlsx) file into a header and rows of text. CSV files come as people
 * download or save them: UTF-8 with or without BOM, UTF-16, or ISO-8859-1, separated by
 * semicolons, commas or tabs, possibly with an Excel `sep=` first line.
 */
export async function readTable(fileName: string, content: Buffer): Promise<Table> {
  const isExcel = /\.xlsx$/i.test(fileName) || content.subarray(0, 4).equals(zipSignature);
  const rows = isExcel ? await readWorkbook(content) : readDelimited(decodeText(content));
  const meaningful = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = meaningful;
  if (!header) throw new AppError('import_unreadable', 'The file has no rows', 'file');
  return { header: header.cells.map((cell) => cell.trim()), rows: body };
}

async function readWorkbook(content: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import_unreadable', 'The file is not a readable Excel workbook', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('import_unreadable', 'The workbook has no sheets', 'file');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

/** Guesses the encoding from the byte-order mark and the bytes themselves. */
export function decodeText(content: Buffer): string {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    return content.subarray(3).toString('utf8');
  }
  if (content[0] === 0xff && content[1] === 0xfe) return content.subarray(2).toString('utf16le');
  if (content[0] === 0xfe && content[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(content.subarray(2));
  }
  if (looksLikeUtf16Le(content)) return content.toString('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** UTF-16LE text in Latin script has a zero in most odd bytes. */
function looksLikeUtf16Le(content: Buffer): boolean {
  const sample = content.subarray(0, 200);
  let zeros = 0;
  for (let index = 1; index < sample.length; index += 2) if (sample[index] === 0) zeros++;
  return sample.length >= 4 && zeros > sample.length / 4;
}

function readDelimited(text: string): TableRow[] {
  let body = text;
  let lineOffset = 0;
  let delimiter: string | undefined;
  const sepLine = /^sep=(.)\r?\n/.exec(body);
  if (sepLine) {
    delimiter = sepLine[1];
    body = body.slice(sepLine[0].length);
    lineOffset = 1;
  }
  delimiter ??= guessDelimiter(body);

  try {
    const records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines + lineOffset, cells: record }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'import_unreadable',
      `The file could not be read as CSV: ${message}`,
      'file',
    );
  }
}

/** The separator that appears most often on the first lines that have any. */
function guessDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 5).join('\n');
  const candidates = [';', '\t', ','];
  const counts = candidates.map((candidate) => sample.split(candidate).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] ? (candidates[best] as string) : ';';
}
