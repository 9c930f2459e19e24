/**
 * An analysis report as a workbook: a sheet 报告信息 (what, whose, which period, which version,
 * its state), then one sheet per section in the report's order, named by the section's Chinese
 * title: each table under its title with Chinese headers and numbers as numbers, then the prompt
 * and the analyst's commentary. Everything comes from the frozen snapshot.
 */
import ExcelJS from 'exceljs';
import type { Section } from '../rules/snapshot';

export const INFO_SHEET = '报告信息';
const STATE_ZH: Record<string, string> = { draft: '草稿', final: '已定稿' };
const NUMBER_FORMATS: Record<string, string> = { integer: '0', number: '#,##0.00', amount: '#,##0.00', percent: '0.0' };

export const reportWorkbook = async (report: any): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Synergy';
  const info = workbook.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 16 }, { width: 60 }];
  const facts: Array<[string, string | number]> = [
    ['报告名称', report.title],
    ['分析单位', report.unitName],
    ['报告期', report.periodLabel],
    ['报告模板', report.templateName],
    ['版本', report.version],
    ['状态', STATE_ZH[report.state] ?? report.state],
    ['生成时间', new Date(report.generatedAt).toISOString()],
    ['生成人', report.generatedBy ?? ''],
  ];
  for (const row of facts) info.addRow(row).getCell(1).font = { bold: true };

  const commentary = (report.commentary ?? {}) as Record<string, string>;
  for (const section of (report.sections ?? []) as Section[]) {
    const sheet = workbook.addWorksheet(section.title.zh.slice(0, 31));
    const width = Math.max(2, ...section.tables.map((t) => t.columns.length));
    sheet.columns = Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 22 : 18 }));
    sheet.addRow([section.title.zh]).font = { bold: true, size: 14 };
    sheet.addRow([]);
    for (const table of section.tables) {
      sheet.addRow([table.title.zh]).font = { bold: true };
      sheet.addRow(table.columns.map((c) => c.zh)).font = { bold: true };
      for (const row of table.rows) {
        const added = sheet.addRow(table.columns.map((c) => row[c.key] ?? null));
        table.columns.forEach((c, i) => {
          if (NUMBER_FORMATS[c.type] && typeof row[c.key] === 'number') added.getCell(i + 1).numFmt = NUMBER_FORMATS[c.type];
        });
      }
      if (table.rows.length === 0) sheet.addRow(['（无数据）']);
      sheet.addRow([]);
    }
    sheet.addRow(['分析提示', section.prompt ?? '']).getCell(1).font = { bold: true };
    const written = sheet.addRow(['分析意见', commentary[section.kind] ?? '']);
    written.getCell(1).font = { bold: true };
    written.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
