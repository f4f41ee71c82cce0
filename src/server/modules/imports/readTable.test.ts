import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { readTable } from './readTable.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data');
const readData = (file: string) => readTable(file, readFileSync(path.join(dataDir, file)));

describe('reading uploaded tables', () => {
  it('reads an ISO-8859-1 Statistikkbanken download with its Norwegian letters intact', async () => {
    const table = await readData('ssb_09539_statbank_download_iso8859-1.csv');
    expect(table.header[0]).toMatch(/^09539: Museum og samlingar\. Besøk/);
    const header = table.rows.find((row) => row.cells[0] === 'region');
    expect(header?.line).toBe(3);
    expect(header?.cells[1]).toBe('besøk i museum');
    const first = table.rows.find((row) => row.line === 4);
    expect(first?.cells).toEqual([
      '38 Vestfold og Telemark',
      'Enkeltbesøk',
      '0',
      '0',
      '0',
      '0',
      '0',
      '218324',
    ]);
  });

  it('reads quoted fields from a download where every text is in double quotes', async () => {
    const table = await readData('ssb_11616_statbank_download_quoted_iso8859-1.csv');
    const header = table.rows.find((row) => row.cells[0] === 'region');
    expect(header?.line).toBe(3);
    expect(table.rows.find((row) => row.cells[0] === '3801 Horten')?.cells[1]).toBe('12807');
  });

  it('drops the byte-order mark Excel writes before UTF-8 text', async () => {
    const table = await readData('ssb_11616_excel_resaved_utf8bom.csv');
    expect(table.header[0]).toBe(
      '11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år',
    );
    expect(table.rows.find((row) => row.cells[0] === '3801 Horten')?.cells[1]).toBe('Horten');
  });

  it('reads UTF-16 without a byte-order mark, honouring the sep= line and its tabs', async () => {
    const table = await readData('udir_vgo_sluttet_utf16le_tab_sepline.csv');
    expect(table.header.slice(0, 3)).toEqual(['EnhetNivaa', 'Nasjonaltkode', 'Fylkekode']);
    expect(table.header[7]).toContain('Begge kjønn');
    expect(table.rows[0]?.line).toBe(3);
  });

  it('reads the first sheet of an Excel workbook, with row numbers as lines', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Enheter');
    sheet.addRow(['Kode', 'Navn']);
    sheet.addRow([]);
    sheet.addRow(['1514-01', 'Helse og omsorg']);
    sheet.addRow([1514, 'Tall som kode']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const table = await readTable('enheter.xlsx', buffer);
    expect(table.header).toEqual(['Kode', 'Navn']);
    expect(table.rows).toEqual([
      { line: 3, cells: ['1514-01', 'Helse og omsorg'] },
      { line: 4, cells: ['1514', 'Tall som kode'] },
    ]);
  });

  it('refuses an empty file and a damaged workbook with a clear error', async () => {
    await expect(readTable('tom.csv', Buffer.from('\n\n'))).rejects.toMatchObject({
      code: 'import_unreadable',
    });
    const damaged = readTable('skadet.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(damaged).rejects.toBeInstanceOf(AppError);
  });
});
