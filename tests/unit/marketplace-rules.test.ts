import { decideExternalClose, restrictingEntries } from '../../src/api/synergy-demand/rules/external-close';
import { demandProblems, localToday } from '../../src/api/synergy-demand/rules/validation';
import { resourceProblems } from '../../src/api/synergy-resource/rules/validation';
import { EXEMPTION_REASONS, exemptionProblems } from '../../src/api/exemption-request/rules/validation';
import { relationTarget } from '../../src/kernel/relations';

const fieldsOf = (problems: Array<{ path: string[] }>) => problems.map((p) => p.path.join('.'));

describe('closing a demand as bought outside', () => {
  const entries = [
    { name: '发电设备检修', entryType: 'service', subCategory: '设备检修', supplierClass: 'must' },
    { name: '物流运输', entryType: 'service', subCategory: '物流运输', supplierClass: 'priority' },
    { name: '办公用品', entryType: 'product', subCategory: '办公用品', supplierClass: 'encouraged' },
  ];

  it('is restricted by must and priority entries of the same type and, when named, sub-category', () => {
    expect(restrictingEntries({ category: 'service', subCategory: '设备检修' }, entries).map((e) => e.name)).toEqual(['发电设备检修']);
    expect(restrictingEntries({ category: 'service', subCategory: null }, entries).map((e) => e.name)).toEqual([
      '发电设备检修',
      '物流运输',
    ]);
    expect(restrictingEntries({ category: 'service', subCategory: '保险服务' }, entries)).toEqual([]);
    expect(restrictingEntries({ category: 'product', subCategory: '办公用品' }, entries)).toEqual([]);
    expect(restrictingEntries({ category: null }, entries)).toEqual([]);
  });

  it('needs an approved exemption only when an entry restricts the demand', () => {
    const demand = { category: 'service', subCategory: '物流运输' };
    expect(decideExternalClose(demand, entries, false)).toEqual({ ok: false, entries: [entries[1]] });
    expect(decideExternalClose(demand, entries, true)).toEqual({ ok: true });
    expect(decideExternalClose(demand, [], false)).toEqual({ ok: true });
  });
});

describe('field rules', () => {
  it('refuses a new demand needed before today and negative quantities or budgets', () => {
    expect(fieldsOf(demandProblems({ neededBy: '2026-11-20', quantity: -1, budget: 0 }, '2026-11-21', true))).toEqual([
      'quantity',
      'neededBy',
    ]);
    expect(demandProblems({ neededBy: '2026-11-21', quantity: '0', budget: null }, '2026-11-21', true)).toEqual([]);
    // an old date on an existing demand is history, not an error
    expect(demandProblems({ neededBy: '2020-01-01' }, '2026-11-21', false)).toEqual([]);
    expect(fieldsOf(demandProblems({ budget: '-0.01' }, '2026-11-21', false))).toEqual(['budget']);
    // beyond what the decimal column holds: a 400, not a database error
    expect(fieldsOf(demandProblems({ budget: 100_000_000, quantity: 99_999_999.99 }, '2026-11-21', false))).toEqual(['budget']);
  });

  it('gives the local date', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });

  it('refuses a resource available until before it is available from', () => {
    expect(fieldsOf(resourceProblems({ availableFrom: '2027-06-01', availableTo: '2027-05-31' }))).toEqual(['availableTo']);
    expect(resourceProblems({ availableFrom: '2027-06-01', availableTo: '2027-06-01' })).toEqual([]);
    expect(resourceProblems({ availableFrom: null, availableTo: '2027-06-01' })).toEqual([]);
    expect(fieldsOf(resourceProblems({ quantity: -2, referencePrice: -1 }))).toEqual(['quantity', 'referencePrice']);
  });

  it('wants one of the four reasons, 20 characters of justification and a demand for an exemption', () => {
    expect(Object.keys(EXEMPTION_REASONS)).toHaveLength(4);
    const justification = '一'.repeat(20);
    expect(exemptionProblems({ reason: 'internal-cannot-supply', justification }, true, null)).toEqual([]);
    expect(exemptionProblems({ reason: 'internal-cannot-supply', justification }, true, 'draft')).toEqual([]);
    expect(fieldsOf(exemptionProblems({ reason: 'internal-cannot-supply', justification }, true, 'approved'))).toEqual(['state']);
    expect(fieldsOf(exemptionProblems({ reason: 'cheaper', justification: ` ${'一'.repeat(19)} ` }, false, null))).toEqual([
      'demand',
      'reason',
      'justification',
    ]);
    expect(exemptionProblems({ justification }, true, null)[0].message.zh).toContain('须选择四类例外原因之一');
  });
});

describe('reading the target of a relation write', () => {
  it('understands every shape Strapi accepts', () => {
    expect(relationTarget('abc')).toEqual({ documentId: 'abc' });
    expect(relationTarget(7)).toEqual({ id: 7 });
    expect(relationTarget('7')).toEqual({ id: 7 });
    expect(relationTarget({ documentId: 'abc' })).toEqual({ documentId: 'abc' });
    expect(relationTarget({ connect: [{ id: 3 }] })).toEqual({ id: 3 });
    expect(relationTarget({ set: ['x', 'y'] })).toEqual({ documentId: 'y' });
    expect(relationTarget({ set: [] })).toBeNull();
    expect(relationTarget(null)).toBeNull();
  });
});
