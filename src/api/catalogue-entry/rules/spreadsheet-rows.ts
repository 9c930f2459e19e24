/**
 * The catalogue's spreadsheet layout and the pure reading of one row: Chinese headers, Chinese
 * enum labels (English values accepted too), numbers and regions — every problem of a row named,
 * so an import can report them all before writing anything.
 */
import { inLanguage } from '../../../plugins/synergy/public';
import { entryProblems, ENTRY_TYPES, RESOURCE_KINDS, splitRegions, SUPPLIER_CLASSES } from './entry';

export const ENTRY_TYPE_LABELS: Record<(typeof ENTRY_TYPES)[number], string> = {
  product: '产品',
  engineering: '工程',
  service: '服务',
  resource: '资源',
};
export const RESOURCE_KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
  tangible: '有形',
  intangible: '无形',
  human: '人力',
};
export const SUPPLIER_CLASS_LABELS: Record<(typeof SUPPLIER_CLASSES)[number], string> = {
  must: '须选择',
  priority: '优先选择',
  encouraged: '鼓励选择',
};

/** Columns in sheet order: field, Chinese header, and for enums the labels a cell may hold. */
export const COLUMNS = [
  { key: 'name', header: '名称', width: 28 },
  { key: 'description', header: '描述', width: 40 },
  { key: 'entryType', header: '类型', width: 10, labels: ENTRY_TYPE_LABELS },
  { key: 'resourceKind', header: '资源类别', width: 10, labels: RESOURCE_KIND_LABELS },
  { key: 'subCategory', header: '子类别', width: 16 },
  { key: 'supplierCode', header: '供应单位编码', width: 16 },
  { key: 'supplierClass', header: '类别等级', width: 12, labels: SUPPLIER_CLASS_LABELS },
  { key: 'referencePrice', header: '参考价格', width: 12 },
  { key: 'priceUnit', header: '计价单位', width: 12 },
  { key: 'coverageRegions', header: '覆盖区域', width: 24 },
  { key: 'leadTimeDays', header: '供货周期(天)', width: 12 },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

export interface EntryRow {
  name: string;
  description: string | null;
  entryType: string;
  resourceKind: string | null;
  subCategory: string | null;
  supplierCode: string;
  supplierClass: string;
  referencePrice: number | null;
  priceUnit: string | null;
  coverageRegions: string[];
  leadTimeDays: number | null;
}

/** The enum value a cell names, by Chinese label or English value; undefined when it names none. */
export const enumValue = (labels: Record<string, string>, text: string): string | undefined =>
  Object.keys(labels).find((value) => value === text || labels[value] === text);

/** The label a value is shown with in a sheet. */
export const enumLabel = (labels: Record<string, string>, value: string | null | undefined): string =>
  value ? (labels[value] ?? value) : '';

/** The text of an exceljs cell value (plain, rich text, formula result, hyperlink, date). */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, any>;
    if (Array.isArray(v.richText))
      return v.richText
        .map((part: any) => part.text)
        .join('')
        .trim();
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  return String(value).trim();
};

const number = (text: string, field: string, reasons: string[], integer: boolean): number | null => {
  if (text === '') return null;
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    reasons.push(`${field}: "${text}" is not a ${integer ? 'whole ' : ''}number ≥ 0 (须为不小于0的${integer ? '整数' : '数字'})`);
    return null;
  }
  return n;
};

/** Reads one data row (cell texts by column key); the row is usable when `reasons` is empty. */
export const readEntryRow = (cells: Record<ColumnKey, string>): { row: EntryRow; reasons: string[] } => {
  const reasons: string[] = [];
  const required = (key: ColumnKey, header: string) => {
    if (cells[key] === '') reasons.push(`${header} is required (${header}必填)`);
    return cells[key];
  };
  const enumCell = (key: ColumnKey, header: string, labels: Record<string, string>, isRequired: boolean) => {
    const text = cells[key];
    if (text === '') {
      if (isRequired) reasons.push(`${header} is required (${header}必填)`);
      return null;
    }
    const value = enumValue(labels, text);
    if (value === undefined) reasons.push(`${header}: "${text}" is not one of ${Object.values(labels).join('/')} (${header}取值无效)`);
    return value ?? null;
  };

  const row: EntryRow = {
    name: required('name', '名称'),
    description: cells.description || null,
    entryType: enumCell('entryType', '类型', ENTRY_TYPE_LABELS, true) ?? '',
    resourceKind: enumCell('resourceKind', '资源类别', RESOURCE_KIND_LABELS, false),
    subCategory: cells.subCategory || null,
    supplierCode: required('supplierCode', '供应单位编码'),
    supplierClass: enumCell('supplierClass', '类别等级', SUPPLIER_CLASS_LABELS, true) ?? '',
    referencePrice: number(cells.referencePrice, '参考价格', reasons, false),
    priceUnit: cells.priceUnit || null,
    coverageRegions: splitRegions(cells.coverageRegions),
    leadTimeDays: number(cells.leadTimeDays, '供货周期(天)', reasons, true),
  };
  if (row.name.length > 200) reasons.push('名称 is longer than 200 characters (名称过长)');
  if (row.entryType) reasons.push(...entryProblems(row).map((problem) => inLanguage(problem.message, 'en')));
  return { row, reasons };
};
