/**
 * Analysis reports (经营分析报告): the font the PDF export embeds for Chinese text. Debian's
 * package fonts-noto-cjk installs it (`.ci/run` does); without the file the PDF route answers 503
 * naming the package. See docs/modules/analysis-reports.md.
 */
export default ({ env }: { env: any }) => ({
  pdfFont: env('ANALYSIS_PDF_FONT', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  /** The face inside a collection (.ttc); ignored for a single-face .ttf or .otf. */
  pdfFontFamily: env('ANALYSIS_PDF_FONT_FAMILY', 'NotoSansCJKsc-Regular'),
});
