/**
 * The catalogue as spreadsheets: a template to fill in, an export of what the caller may read,
 * and an import that checks every row first and then creates all of them in one transaction,
 * through the Document Service so the unit scope and the catalogue rules apply as for any write.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import ExcelJS from 'exceljs';
import { COLUMNS, cellText, enumLabel, readEntryRow, type ColumnKey, type EntryRow } from '../rules/spreadsheet-rows';
import { FROZEN_MESSAGE, isEditionOpen } from '../rules/entry';
import { EDITION_UID, ENTRY_UID, ORG_UNIT_UID } from '../../../kernel/uids';

const SHEET_NAME = '目录条目';
/** Rows of the template that offer the enum drop-downs. */
const TEMPLATE_ROWS = 500;

export interface RowProblem {
  row: number;
  reason: string;
}

const newSheet = () => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Synergy';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  return { workbook, sheet };
};

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

const createCatalogueSpreadsheets = ({ strapi }: { strapi: Core.Strapi }) => {
  const scopeService = () => strapi.plugin('synergy').service('scope');

  /** A draft edition by documentId or code, as the caller may read it. */
  const draftEdition = async (ref: string) => {
    if (!ref) throw new errors.ValidationError('Name the edition to import into (请选择目录版本)', { field: 'edition' });
    const edition = await strapi.documents(EDITION_UID as any).findFirst({
      filters: { $or: [{ documentId: ref }, { code: ref }] },
      fields: ['id', 'code', 'state'],
    } as any);
    if (!edition) throw new errors.ValidationError(`No edition "${ref}" (目录版本不存在)`, { field: 'edition' });
    if (!isEditionOpen((edition as any).state)) throw new errors.ValidationError(FROZEN_MESSAGE);
    return edition as any;
  };

  const readRows = async (filePath: string) => {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(filePath);
    } catch {
      throw new errors.ValidationError('The file is not a readable .xlsx workbook (文件不是有效的 xlsx 工作簿)');
    }
    const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
    if (!sheet) throw new errors.ValidationError('The workbook has no sheet (工作簿中没有工作表)');
    const headers = COLUMNS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
    const expected = COLUMNS.map((c) => c.header);
    if (headers.join('|') !== expected.join('|')) {
      throw new errors.ValidationError("The header row is not the template's (表头与模板不一致)", {
        rows: [{ row: 1, reason: `expected ${expected.join(', ')} (请使用导入模板)` }],
      });
    }
    const rows: Array<{ number: number; cells: Record<ColumnKey, string> }> = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells = Object.fromEntries(COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 1).value)])) as Record<ColumnKey, string>;
      if (Object.values(cells).some((text) => text !== '')) rows.push({ number, cells });
    });
    return rows;
  };

  return {
    async template(): Promise<Buffer> {
      const { workbook, sheet } = newSheet();
      COLUMNS.forEach((column, i) => {
        if (!('labels' in column)) return;
        const labels = Object.values(column.labels);
        sheet.getRow(1).getCell(i + 1).note = `可选：${labels.join(' / ')}`;
        for (let r = 2; r <= TEMPLATE_ROWS + 1; r += 1) {
          sheet.getRow(r).getCell(i + 1).dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${labels.join(',')}"`],
            showErrorMessage: true,
            errorTitle: column.header,
            error: `请选择：${labels.join(' / ')}`,
          };
        }
      });
      sheet.getRow(1).getCell(4).note = '仅“资源”类填写：有形 / 无形 / 人力';
      sheet.getRow(1).getCell(10).note = '多个地区用顿号或逗号分隔，如：北京、天津';
      return toBuffer(workbook);
    },

    /** The entries of an edition (the current published one when no code is given) that the caller may read. */
    async export(editionCode?: string): Promise<Buffer> {
      const editionFilter = editionCode ? { code: editionCode } : { state: 'published' };
      const entries = await strapi.documents(ENTRY_UID as any).findMany({
        filters: { edition: editionFilter },
        populate: { ownerUnit: { fields: ['code'] } },
        sort: ['entryType:asc', 'name:asc'],
      } as any);
      const { workbook, sheet } = newSheet();
      for (const entry of entries as any[]) {
        sheet.addRow(
          COLUMNS.map((column) => {
            if (column.key === 'supplierCode') return entry.ownerUnit?.code ?? '';
            if (column.key === 'coverageRegions') return (entry.coverageRegions ?? []).join('、');
            if (column.key === 'referencePrice') return entry.referencePrice === null ? null : Number(entry.referencePrice);
            if ('labels' in column) return enumLabel(column.labels, entry[column.key]);
            return entry[column.key] ?? null;
          })
        );
      }
      return toBuffer(workbook);
    },

    /** Checks every row, then creates them all or none; 400 with every bad row's number and reason. */
    async import(filePath: string, editionRef: string): Promise<number> {
      const scope = await scopeService().current();
      if (scope.role !== 'hq' && scope.role !== 'reporter') {
        throw new errors.PolicyError('Only unit reporters and HQ import entries (仅单位填报员和集团总部可导入)');
      }
      const edition = await draftEdition(editionRef);
      const rows = await readRows(filePath);
      if (rows.length === 0) throw new errors.ValidationError('The sheet has no entries (表格中没有条目)');

      const codes = Array.from(new Set(rows.map((r) => r.cells.supplierCode).filter(Boolean)));
      const units = await strapi.db.query(ORG_UNIT_UID).findMany({ where: { code: { $in: codes } }, select: ['id', 'code'] });
      const unitByCode = new Map<string, number>(units.map((u: any) => [u.code, u.id]));

      const problems: RowProblem[] = [];
      const checked: Array<{ row: EntryRow; unitId: number }> = [];
      for (const { number, cells } of rows) {
        const { row, reasons } = readEntryRow(cells);
        const unitId = unitByCode.get(row.supplierCode);
        if (row.supplierCode && unitId === undefined) reasons.push(`供应单位编码 "${row.supplierCode}" is not a unit (供应单位不存在)`);
        if (unitId !== undefined && !scopeService().canWriteUnit(scope, unitId)) {
          reasons.push(`You may only import entries of your own unit, not ${row.supplierCode} (只能导入本单位的条目)`);
        }
        if (reasons.length > 0) problems.push(...reasons.map((reason) => ({ row: number, reason })));
        else checked.push({ row, unitId: unitId! });
      }
      if (problems.length > 0) {
        const badRows = new Set(problems.map((p) => p.row)).size;
        throw new errors.ValidationError(`${badRows} row(s) have problems; nothing was imported (${badRows} 行有误，未导入任何条目)`, {
          rows: problems,
        });
      }

      await strapi.db.transaction(async () => {
        for (const { row, unitId } of checked) {
          const { supplierCode, ...fields } = row;
          await strapi.documents(ENTRY_UID as any).create({
            data: { ...fields, edition: { set: [{ id: edition.id }] }, ownerUnit: { set: [{ id: unitId }] } },
          } as any);
        }
      });
      return checked.length;
    },
  };
};

export default createCatalogueSpreadsheets;
