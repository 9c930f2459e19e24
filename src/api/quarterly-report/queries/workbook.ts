/**
 * The compiled quarter as a workbook with Chinese headers: a sheet of figures per company with a
 * subtotal row per segment and the group's total, and a sheet of the companies that have not
 * handed in their report.
 */
import ExcelJS from 'exceljs';
import { FIGURES, type CompiledQuarter, type Figures } from '../rules/compile';

export const SUMMARY_SHEET = '季度协同汇总';
export const MISSING_SHEET = '未报送单位';
export const SUMMARY_HEADERS = ['板块', '单位编码', '单位名称', '报告状态', ...FIGURES.map((f) => f.zh)];
const STATE_ZH: Record<string, string> = { submitted: '已报送', accepted: '已验收' };

const figureCells = (figures: Figures | null) => FIGURES.map((f) => (figures ? figures[f.key] : null));

export const compiledWorkbook = async (compiled: CompiledQuarter): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Synergy';
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SUMMARY_HEADERS.map((header, i) => ({ header, width: i < 4 ? [16, 14, 24, 10][i] : 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const segment of compiled.segments) {
    const segmentName = segment.segment?.name ?? '（无板块）';
    for (const unit of segment.units) {
      sheet.addRow([
        segmentName,
        unit.unit.code ?? '',
        unit.unit.name,
        unit.report ? (STATE_ZH[unit.report.state] ?? unit.report.state) : '未报送',
        ...figureCells(unit.figures),
      ]);
    }
    const subtotal = sheet.addRow([
      segmentName,
      '',
      `${segmentName} 小计`,
      `已报送 ${segment.handedIn}／未报送 ${segment.missing}`,
      ...figureCells(segment.totals),
    ]);
    subtotal.font = { bold: true };
  }
  const total = sheet.addRow([
    '集团合计',
    '',
    `${compiled.quarter} 集团合计`,
    `已报送 ${compiled.group.handedIn}／未报送 ${compiled.group.missing}`,
    ...figureCells(compiled.group.totals),
  ]);
  total.font = { bold: true };

  const missing = workbook.addWorksheet(MISSING_SHEET);
  missing.columns = [
    { header: '板块', width: 16 },
    { header: '单位编码', width: 14 },
    { header: '单位名称', width: 24 },
  ];
  missing.getRow(1).font = { bold: true };
  for (const unit of compiled.missing) missing.addRow([unit.segment ?? '', unit.code ?? '', unit.name]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
