/** The pure rules of the catalogue: entry consistency, edition references and codes, filters, spreadsheet rows. */
import {
  editionDefaults,
  editionRef,
  entryProblems,
  filtersNameEdition,
  isEditionOpen,
  splitRegions,
} from '../../src/api/catalogue-entry/rules/entry';
import {
  cellText,
  enumLabel,
  enumValue,
  readEntryRow,
  ENTRY_TYPE_LABELS,
  SUPPLIER_CLASS_LABELS,
} from '../../src/api/catalogue-entry/rules/spreadsheet-rows';

describe('entryProblems', () => {
  it('wants a resourceKind exactly for resources', () => {
    expect(entryProblems({ entryType: 'resource', resourceKind: 'human' })).toEqual([]);
    expect(entryProblems({ entryType: 'service', resourceKind: null })).toEqual([]);
    expect(entryProblems({ entryType: 'resource' })).toHaveLength(1);
    expect(entryProblems({ entryType: 'product', resourceKind: 'tangible' })).toHaveLength(1);
  });

  it('wants regions as a list of short names', () => {
    expect(entryProblems({ entryType: 'service', coverageRegions: ['北京', '天津'] })).toEqual([]);
    expect(entryProblems({ entryType: 'service', coverageRegions: null })).toEqual([]);
    expect(entryProblems({ entryType: 'service', coverageRegions: '北京' })).toHaveLength(1);
    expect(entryProblems({ entryType: 'service', coverageRegions: ['北京', ''] })).toHaveLength(1);
    expect(entryProblems({ entryType: 'service', coverageRegions: [1] })).toHaveLength(1);
    expect(entryProblems({ entryType: 'service', coverageRegions: Array(51).fill('北京') })).toHaveLength(1);
  });
});

describe('editions', () => {
  it('only a draft edition is open', () => {
    expect(isEditionOpen('draft')).toBe(true);
    expect(isEditionOpen('published')).toBe(false);
    expect(isEditionOpen('archived')).toBe(false);
    expect(isEditionOpen(undefined)).toBe(false);
  });

  it('derives title and validity from the code', () => {
    expect(editionDefaults('2026-H1')).toEqual({ title: '2026年上半年内部市场目录', validFrom: '2026-01-01', validTo: '2026-06-30' });
    expect(editionDefaults('2026-H2')).toEqual({ title: '2026年下半年内部市场目录', validFrom: '2026-07-01', validTo: '2026-12-31' });
  });

  it('reads the edition a relation value names, in every shape', () => {
    expect(editionRef(undefined)).toBeUndefined();
    expect(editionRef(null)).toBeNull();
    expect(editionRef(7)).toEqual({ id: 7 });
    expect(editionRef('7')).toEqual({ id: 7 });
    expect(editionRef('abc123')).toEqual({ documentId: 'abc123' });
    expect(editionRef({ documentId: 'abc' })).toEqual({ documentId: 'abc' });
    expect(editionRef({ set: [{ id: 3 }] })).toEqual({ id: 3 });
    expect(editionRef({ set: [] })).toBeNull();
    expect(editionRef({ connect: [{ documentId: 'x' }], disconnect: [] })).toEqual({ documentId: 'x' });
    expect(editionRef({ connect: [], disconnect: [] })).toBeUndefined();
    expect(editionRef({ connect: [], disconnect: [{ id: 3 }] })).toBeNull();
    expect(editionRef(['a', 'b'])).toEqual({ documentId: 'b' });
  });
});

describe('filtersNameEdition', () => {
  it('finds an edition condition at any depth of $and / $or / $not', () => {
    expect(filtersNameEdition(undefined)).toBe(false);
    expect(filtersNameEdition({ name: { $eq: 'x' } })).toBe(false);
    expect(filtersNameEdition({ edition: { code: { $eq: '2026-H1' } } })).toBe(true);
    expect(filtersNameEdition({ $and: [{ name: 'x' }, { $or: [{ edition: { id: 1 } }] }] })).toBe(true);
    // a field of another relation named like it does not count
    expect(filtersNameEdition({ ownerUnit: { edition: 'x' } })).toBe(false);
  });
});

describe('splitRegions', () => {
  it('splits on the usual separators', () => {
    expect(splitRegions('北京、天津，河北; 山西 / 内蒙古')).toEqual(['北京', '天津', '河北', '山西', '内蒙古']);
    expect(splitRegions('')).toEqual([]);
  });
});

describe('spreadsheet rows', () => {
  const cells = (overrides: Record<string, string> = {}) => ({
    name: '无损检测服务',
    description: '',
    entryType: '服务',
    resourceKind: '',
    subCategory: '检测',
    supplierCode: 'TESTING',
    supplierClass: '须选择',
    referencePrice: '1,200.5',
    priceUnit: '元/次',
    coverageRegions: '北京、天津',
    leadTimeDays: '7',
    ...overrides,
  });

  it('maps Chinese labels and English values to enum values, and back', () => {
    expect(enumValue(ENTRY_TYPE_LABELS, '工程')).toBe('engineering');
    expect(enumValue(ENTRY_TYPE_LABELS, 'engineering')).toBe('engineering');
    expect(enumValue(SUPPLIER_CLASS_LABELS, '优先选择')).toBe('priority');
    expect(enumValue(SUPPLIER_CLASS_LABELS, '优先')).toBeUndefined();
    expect(enumLabel(SUPPLIER_CLASS_LABELS, 'encouraged')).toBe('鼓励选择');
    expect(enumLabel(SUPPLIER_CLASS_LABELS, null)).toBe('');
  });

  it('reads a good row', () => {
    expect(readEntryRow(cells())).toEqual({
      row: {
        name: '无损检测服务',
        description: null,
        entryType: 'service',
        resourceKind: null,
        subCategory: '检测',
        supplierCode: 'TESTING',
        supplierClass: 'must',
        referencePrice: 1200.5,
        priceUnit: '元/次',
        coverageRegions: ['北京', '天津'],
        leadTimeDays: 7,
      },
      reasons: [],
    });
  });

  it('names every problem of a bad row', () => {
    const { reasons } = readEntryRow(
      cells({ name: '', entryType: '设备', supplierClass: '', referencePrice: '-3', leadTimeDays: '2.5', supplierCode: '' })
    );
    expect(reasons).toHaveLength(6);
    expect(readEntryRow(cells({ entryType: '资源' })).reasons).toHaveLength(1);
    expect(readEntryRow(cells({ entryType: '资源', resourceKind: '人力' })).reasons).toEqual([]);
    expect(readEntryRow(cells({ resourceKind: '无形' })).reasons).toHaveLength(1);
  });

  it('reads the text of any exceljs cell value', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText(' 北京 ')).toBe('北京');
    expect(cellText({ richText: [{ text: '检测' }, { text: '服务' }] })).toBe('检测服务');
    expect(cellText({ formula: 'A1', result: 5 })).toBe('5');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
  });
});
