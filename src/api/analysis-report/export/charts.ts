/**
 * Bar and line charts drawn with pdfkit's own vector primitives from a section's chart series
 * (the snapshot's figures): axes from zero, value labels, category labels, an optional dashed
 * reference line (100 % of target). No browser and no SVG conversion, so the chart is exactly the
 * numbers in the table next to it and costs a few milliseconds.
 */
import type { Chart } from '../rules/snapshot';

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2'];

export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value)!;
  return step * power;
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Draws `chart` in the box (x, y, width, height); returns nothing drawn when it has no values. */
export const drawChart = (doc: any, chart: Chart, x: number, y: number, width: number, height: number): void => {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  doc.fontSize(10).fillColor('#222').text(chart.title.zh, x, y, { width, lineBreak: false });
  const top = y + 18;
  const left = x + 44;
  const plotWidth = width - 54;
  const plotHeight = height - 18 - 34;
  const bottom = top + plotHeight;
  if (values.length === 0) {
    doc
      .fontSize(9)
      .fillColor('#888')
      .text('（无数据）', left, top + plotHeight / 2, { width: plotWidth, align: 'center' });
    return;
  }
  // Headroom above the tallest bar for its value label; small counts keep whole-number ticks (a multiple of 4 on four steps).
  const highest = Math.max(0, ...values.map((v) => v * 1.12), chart.reference ?? 0);
  const smallCounts = highest <= 40 && chart.reference === undefined && values.every((v) => Number.isInteger(v));
  const max = smallCounts ? Math.max(4, Math.ceil(highest / 4) * 4) : niceMax(highest);
  const min = Math.min(0, ...values) < 0 ? -niceMax(-Math.min(...values)) : 0;
  const scale = (v: number) => bottom - ((v - min) / (max - min)) * plotHeight;

  // Grid and axis labels.
  doc.lineWidth(0.5);
  for (let i = 0; i <= 4; i += 1) {
    const v = min + ((max - min) * i) / 4;
    const gy = scale(v);
    doc
      .strokeColor('#dddddd')
      .moveTo(left, gy)
      .lineTo(left + plotWidth, gy)
      .stroke();
    doc
      .fontSize(7)
      .fillColor('#666')
      .text(formatNumber(v), x, gy - 4, { width: 40, align: 'right', lineBreak: false });
  }
  doc
    .strokeColor('#888888')
    .moveTo(left, scale(0))
    .lineTo(left + plotWidth, scale(0))
    .stroke();

  const n = chart.categories.length;
  const band = plotWidth / Math.max(1, n);
  const labelChars = Math.max(2, Math.floor(band / 8));
  chart.categories.forEach((category, i) => {
    doc
      .fontSize(7)
      .fillColor('#444')
      .text(shorten(category, labelChars), left + i * band, bottom + 4, {
        width: band,
        align: 'center',
        lineBreak: false,
      });
  });

  const seriesCount = chart.series.length;
  chart.series.forEach((series, s) => {
    const colour = PALETTE[s % PALETTE.length];
    if (chart.kind === 'bar') {
      const barWidth = Math.min(36, (band * 0.7) / seriesCount);
      series.values.forEach((value, i) => {
        if (typeof value !== 'number') return;
        const bx = left + i * band + (band - barWidth * seriesCount) / 2 + s * barWidth;
        const y0 = scale(Math.max(0, value));
        const y1 = scale(Math.min(0, value));
        doc.rect(bx, y0, barWidth, Math.max(0.5, y1 - y0)).fill(colour);
        doc
          .fontSize(7)
          .fillColor('#222')
          .text(formatNumber(value), bx - 10, value >= 0 ? y0 - 10 : y1 + 2, { width: barWidth + 20, align: 'center', lineBreak: false });
      });
    } else {
      const points = series.values
        .map((value, i) => (typeof value === 'number' ? [left + i * band + band / 2, scale(value), value] : null))
        .filter((p): p is number[] => p !== null);
      doc.lineWidth(1.5).strokeColor(colour);
      points.forEach(([px, py], i) => (i === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py)));
      if (points.length > 1) doc.stroke();
      for (const [px, py, value] of points) {
        doc.circle(px, py, 2.5).fill(colour);
        doc
          .fontSize(7)
          .fillColor('#222')
          .text(formatNumber(value), px - 30, py - 12, { width: 60, align: 'center', lineBreak: false });
      }
    }
  });

  if (chart.reference !== undefined && chart.reference <= max && chart.reference >= min) {
    const ry = scale(chart.reference);
    doc
      .lineWidth(1)
      .strokeColor('#c0392b')
      .dash(4, { space: 3 })
      .moveTo(left, ry)
      .lineTo(left + plotWidth, ry)
      .stroke()
      .undash();
  }
  doc.lineWidth(1).strokeColor('#000000').fillColor('#000000');
};
