/**
 * An analysis report as a PDF (pdfkit), with its Chinese text in an embedded subset of a CJK font
 * (Debian's Noto Sans CJK by default; `config/analysis-reports.ts`): a cover with what, whose,
 * which period and version; then per section its title, the prompt, each table (Chinese headers),
 * its charts drawn from the same figures, and the analyst's commentary; page numbers at the foot.
 * Without the font file the export is a 503 that names the package to install.
 */
import fs from 'fs';
import PDFDocument from 'pdfkit';
import { UnavailableError, problemAt } from '../../../plugins/synergy/public';
import type { Section, Table } from '../rules/snapshot';
import { drawChart, formatNumber } from './charts';

export interface PdfFont {
  path: string;
  /** The face inside a collection (.ttc). */
  family: string;
}

const FONT = 'report-cjk';
const STATE_ZH: Record<string, string> = { draft: '草稿', final: '已定稿' };
const MARGIN = 50;

/** The font file, read once per path (a CJK collection is about 20 MB). */
const fontFiles = new Map<string, Buffer>();
const fontFile = (font: PdfFont): Buffer => {
  const cached = fontFiles.get(font.path);
  if (cached) return cached;
  if (!font.path || !fs.existsSync(font.path)) {
    throw new UnavailableError(
      [
        problemAt(
          [],
          `The PDF export needs a Chinese font and ${font.path || '(no path configured)'} does not exist: install Debian's package fonts-noto-cjk (apt-get install fonts-noto-cjk), or point ANALYSIS_PDF_FONT at a CJK .ttf/.otf/.ttc file`,
          `导出 PDF 需要中文字体，字体文件 ${font.path || '（未配置）'} 不存在：请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk），或用环境变量 ANALYSIS_PDF_FONT 指定中文字体文件`
        ),
      ],
      { code: 'pdf-font-missing' }
    );
  }
  const buffer = fs.readFileSync(font.path);
  fontFiles.set(font.path, buffer);
  return buffer;
};

const cellText = (value: unknown, type: string) =>
  value === null || value === undefined || value === ''
    ? type === 'text'
      ? ''
      : '—'
    : type === 'text'
      ? String(value)
      : formatNumber(Number(value));

export const reportPdf = async (report: any, font: PdfFont): Promise<Buffer> => {
  const file = fontFile(font);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: report.title, Author: 'Synergy' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, file, /\.ttc$/i.test(font.path) ? font.family : undefined);
  doc.font(FONT);

  const width = doc.page.width - 2 * MARGIN;
  const bottomLimit = () => doc.page.height - MARGIN - 20;
  const ensure = (space: number) => {
    if (doc.y + space > bottomLimit()) doc.addPage();
  };

  // Cover.
  doc.fontSize(22).fillColor('#1f3a5f').text(report.title, MARGIN, 160, { width, align: 'center' });
  doc.moveDown(2).fontSize(12).fillColor('#222');
  const facts: Array<[string, string]> = [
    ['分析单位', report.unitName],
    ['报告期', report.periodLabel],
    ['报告模板', report.templateName],
    ['版本', `第 ${report.version} 版`],
    ['状态', STATE_ZH[report.state] ?? report.state],
    ['数据生成时间', new Date(report.generatedAt).toISOString().replace('T', ' ').slice(0, 19) + ' UTC'],
    ['生成人', report.generatedBy ?? ''],
  ];
  for (const [label, value] of facts) doc.text(`${label}：${value}`, { width, align: 'center' });
  doc
    .moveDown(2)
    .fontSize(9)
    .fillColor('#666')
    .text('本报告数据为生成时的快照，此后数据变化不影响本报告；重新生成为新版本。', { width, align: 'center' });

  const drawTable = (table: Table) => {
    ensure(60);
    doc.fontSize(11).fillColor('#1f3a5f').text(table.title.zh, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const weights = table.columns.map((c) => (c.type === 'text' ? 1.5 : 1.2));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * width);
    const rowHeight = 16;
    const drawRow = (cells: string[], header: boolean, types: string[]) => {
      ensure(rowHeight + 2);
      const y = doc.y;
      if (header) doc.rect(MARGIN, y, width, rowHeight).fill('#e8eef5');
      let x = MARGIN;
      cells.forEach((text, i) => {
        doc
          .fontSize(8.5)
          .fillColor(header ? '#1f3a5f' : '#222')
          // One line per cell: a longer text ends in an ellipsis (pdfkit cuts it at the box's height).
          .text(text, x + 3, y + 4, { width: widths[i] - 6, height: 11, align: types[i] !== 'text' ? 'right' : 'left', ellipsis: true });
        x += widths[i];
      });
      doc
        .strokeColor('#cccccc')
        .lineWidth(0.5)
        .moveTo(MARGIN, y + rowHeight)
        .lineTo(MARGIN + width, y + rowHeight)
        .stroke();
      doc.x = MARGIN;
      doc.y = y + rowHeight;
    };
    const types = table.columns.map((c) => c.type);
    drawRow(
      table.columns.map((c) => c.zh),
      true,
      types
    );
    if (table.rows.length === 0)
      drawRow(
        ['（无数据）', ...table.columns.slice(1).map(() => '')],
        false,
        types.map(() => 'text')
      );
    for (const row of table.rows)
      drawRow(
        table.columns.map((c) => cellText(row[c.key], c.type)),
        false,
        types
      );
    doc.moveDown(0.8);
  };

  const commentary = (report.commentary ?? {}) as Record<string, string>;
  ((report.sections ?? []) as Section[]).forEach((section, index) => {
    doc.addPage();
    doc
      .fontSize(16)
      .fillColor('#1f3a5f')
      .text(`${index + 1}. ${section.title.zh}`, MARGIN, MARGIN, { width });
    doc.moveDown(0.4);
    if (section.prompt) doc.fontSize(9).fillColor('#666').text(`分析提示：${section.prompt}`, { width }).moveDown(0.5);
    for (const table of section.tables) drawTable(table);
    for (const chart of section.charts) {
      const height = 190;
      ensure(height + 16);
      const y = doc.y + 6;
      drawChart(doc, chart, MARGIN, y, width, height);
      doc.x = MARGIN;
      doc.y = y + height + 10;
    }
    ensure(50);
    doc.fontSize(12).fillColor('#1f3a5f').text('分析意见', MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const text = commentary[section.kind]?.trim();
    doc
      .fontSize(10)
      .fillColor(text ? '#222' : '#999')
      .text(text || '（尚未填写）', { width, lineGap: 3 });
  });

  // Page numbers: the pages were buffered, so each can be revisited.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Inside the bottom margin: without lifting it pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor('#888')
      .text(`${report.title} · 第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN, doc.page.height - MARGIN + 10, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
};
