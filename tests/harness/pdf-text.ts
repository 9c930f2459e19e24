/**
 * A PDF's text, extracted by pdf-parse (pdf.js) in a child Node process: pdf.js loads its worker
 * through a dynamic import, which jest's module sandbox refuses.
 */
import { execFileSync } from 'child_process';

const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});
`;

export const pdfText = (pdf: Buffer): { text: string; pages: number } =>
  JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { input: pdf, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 }).toString());
