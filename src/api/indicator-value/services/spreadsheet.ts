/**
 * Values of one unit and period as a spreadsheet: a template listing the base items that apply
 * to the unit's level (code, name, unit, then the value and an optional exclusion to fill in), and
 * its import — all rows or none, with row-level problems (imports.ts). Reuses the catalogue's
 * cell reading. Reached as strapi.service('api::indicator-value.spreadsheet').
 */
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { ForbiddenError, InvalidError, bilingual, getService, problemAt, type Scope } from '../../../plugins/synergy/public';
import { cellText } from '../../catalogue-entry/rules/spreadsheet-rows';
import { INDICATOR_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { periodLabel, periodProblems, type Period } from '../../indicator/rules/periods';

const SHEET_NAME = '指标实际值';
const HEADERS = ['指标编码', '指标名称', '计量单位', '数值', '剔除金额', '剔除原因'];

export interface SheetTarget {
  unit: string;
  year: unknown;
  periodKind: unknown;
  periodNumber?: unknown;
}

const spreadsheet = ({ strapi }: { strapi: Core.Strapi }) => {
  const resolve = async (target: SheetTarget) => {
    const unit = await strapi.db.query(ORG_UNIT_UID).findOne({
      where: { $or: [{ code: target.unit ?? '' }, { documentId: target.unit ?? '' }] },
      select: ['id', 'documentId', 'code', 'name', 'level'],
    });
    const kind = target.periodKind ?? 'month';
    const number = kind === 'year' ? 1 : target.periodNumber;
    const problems = [
      ...(unit ? [] : [problemAt('unit', `No unit "${target.unit ?? ''}"`, `单位「${target.unit ?? ''}」不存在`)]),
      ...periodProblems({ year: target.year, kind, number }),
    ];
    if (problems.length > 0) throw new InvalidError(problems);
    const period: Period = { year: Number(target.year), kind: kind as Period['kind'], number: Number(number) };
    return { unit, period };
  };

  /** The base items a unit of `level` reports, by code. */
  const itemsFor = async (level: string) =>
    (
      await strapi.db.query(INDICATOR_UID).findMany({
        where: { kind: 'base-item' },
        select: ['id', 'documentId', 'code', 'name', 'unit', 'levels', 'decimals'],
        orderBy: { code: 'asc' },
      })
    ).filter((i: any) => !Array.isArray(i.levels) || i.levels.length === 0 || i.levels.includes(level));

  return {
    /** The unit (code or documentId) and period a sheet or the entry grid is for; 400 when either does not exist. */
    resolve,
    itemsFor,

    async template(target: SheetTarget): Promise<{ fileName: string; buffer: Buffer }> {
      const { unit, period } = await resolve(target);
      const items = await itemsFor(unit.level);
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Synergy';
      const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = HEADERS.map((header, i) => ({ header, width: [22, 24, 10, 16, 14, 30][i] }));
      sheet.getRow(1).font = { bold: true };
      for (const item of items) sheet.addRow([item.code, item.name, item.unit ?? '', null, null, null]);
      return { fileName: `指标实际值-${unit.code}-${periodLabel(period)}.xlsx`, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
    },

    /** Imports the filled template for the unit and period, for a caller who may write the unit's records. */
    async import(filePath: string, target: SheetTarget, scope: Scope) {
      const { unit, period } = await resolve(target);
      if (!getService(strapi, 'scope').canWriteUnit(scope, unit.id)) {
        throw new ForbiddenError(bilingual(`You may not report values of ${unit.name}`, `无权填报「${unit.name}」的指标数据`));
      }
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.readFile(filePath);
      } catch {
        throw new InvalidError([problemAt('file', 'The file is not a readable .xlsx workbook', '文件不是有效的 xlsx 工作簿')]);
      }
      const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
      const headers = sheet ? HEADERS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value)) : [];
      if (!sheet || headers.join('|') !== HEADERS.join('|')) {
        throw new InvalidError([
          problemAt(
            'file',
            `The header row is not the template's (${HEADERS.join(', ')})`,
            `表头与模板不一致，请使用导入模板（${HEADERS.join('、')}）`
          ),
        ]);
      }
      const rows: Array<{ number: number; cells: string[] }> = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        if (number === 1) return;
        const cells = HEADERS.map((_, i) => cellText(row.getCell(i + 1).value));
        // A template row left without a value is not reported.
        if (cells[3] !== '' || cells[4] !== '') rows.push({ number, cells });
      });
      if (rows.length === 0) throw new InvalidError([problemAt('file', 'No row has a value', '没有填写任何数值')]);
      const counts = await strapi.service('api::indicator-value.imports').upsert(
        rows.map(({ cells }) => ({
          unit: unit.code,
          indicator: cells[0],
          year: period.year,
          periodKind: period.kind,
          periodNumber: period.number,
          value: cells[3] === '' ? null : cells[3],
          exclusion: cells[4] === '' ? null : cells[4],
          exclusionReason: cells[5] || null,
        })),
        { source: 'file-import', trusted: false, rowNumber: (i: number) => rows[i].number }
      );
      return counts;
    },
  };
};

export default spreadsheet;
