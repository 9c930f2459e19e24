/** pdfkit ships no types (and @types/pdfkit is not installed): the PDF export holds it as `any` behind one small wrapper. */
declare module 'pdfkit';
