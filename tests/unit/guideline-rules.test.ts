/** The guideline library's pure rules: dates, must-read scope and readers, new versions, confirming, and search ranking. */
import {
  confirmRefusal,
  effectiveDateProblems,
  expectedReaderIds,
  mustReadProblems,
  previousVersionProblems,
} from '../../src/api/guideline/rules/guideline';
import { queryTerms, rankGuidelines } from '../../src/api/guideline/rules/search';
import { words } from '../../src/plugins/synergy/public';

const UNITS = [
  { id: 1, level: 'group' },
  { id: 2, level: 'segment' },
  { id: 3, level: 'company' },
  { id: 4, level: 'enterprise' },
  { id: 5, level: 'department' },
];

describe('guideline rules', () => {
  it('refuse an effective-until before the effective-from, and accept the same day or either missing', () => {
    expect(effectiveDateProblems('2026-03-01', '2026-02-28')).toHaveLength(1);
    expect(effectiveDateProblems('2026-03-01', '2026-03-01')).toEqual([]);
    expect(effectiveDateProblems(null, '2026-03-01')).toEqual([]);
  });

  it('ask for units when a must-read guideline is for chosen units', () => {
    expect(mustReadProblems({ mustRead: true, mustReadScope: 'chosen-units' }, 0)).toHaveLength(1);
    expect(mustReadProblems({ mustRead: true, mustReadScope: 'chosen-units' }, 2)).toEqual([]);
    expect(mustReadProblems({ mustRead: false, mustReadScope: 'chosen-units' }, 0)).toEqual([]);
  });

  it('let only a published guideline get a new version', () => {
    expect(previousVersionProblems(undefined)).toEqual([]);
    expect(previousVersionProblems({ state: 'published' })).toEqual([]);
    for (const state of ['draft', 'superseded', 'repealed']) expect(previousVersionProblems({ state })).toHaveLength(1);
    expect(previousVersionProblems(null)).toHaveLength(1);
  });

  it('mean by the whole group its segments, companies and enterprises; by chosen units exactly those', () => {
    expect(expectedReaderIds({ mustRead: true, mustReadScope: 'whole-group' }, UNITS)).toEqual([2, 3, 4]);
    expect(expectedReaderIds({ mustRead: true, mustReadScope: 'chosen-units', mustReadUnits: [{ id: 5 }] }, UNITS)).toEqual([5]);
    expect(expectedReaderIds({ mustRead: false, mustReadScope: 'whole-group' }, UNITS)).toEqual([]);
  });

  it('let a reporter or manager confirm for its unit a guideline in force that it must read', () => {
    const facts = { state: 'published', role: 'reporter', unitId: 3, expected: [3] };
    expect(confirmRefusal(facts)).toBeNull();
    expect(confirmRefusal({ ...facts, role: 'employee' })?.status).toBe(403);
    expect(confirmRefusal({ ...facts, unitId: null })?.status).toBe(403);
    expect(confirmRefusal({ ...facts, state: 'superseded' })?.status).toBe(409);
    expect(confirmRefusal({ ...facts, expected: [4] })?.status).toBe(400);
  });
});

describe('guideline search', () => {
  const library = [
    { documentId: 'safety', title: '安全生产管理办法', documentNumber: '集团安〔2026〕2号', body: '落实安全生产责任制。' },
    { documentId: 'plan', title: '生产经营计划管理办法', body: '年度计划的编制。' },
    { documentId: 'money', title: '财务报销管理规定', summary: '费用报销审批', body: '报销凭证。' },
  ];
  const found = (query: string) => rankGuidelines(library, queryTerms(query, words), words).map((hit) => hit.guideline.documentId);

  it('finds a guideline by the words of its title, not by a shared word alone', () => {
    expect(found('安全生产')).toEqual(['safety']);
    expect(found('报销审批')).toEqual(['money']);
  });

  it('finds by document number, and ranks a title hit above a body hit', () => {
    expect(found('集团安〔2026〕2号')).toEqual(['safety']);
    const both = rankGuidelines(
      [
        { documentId: 'body', title: '综合管理规定', body: '合同审查要求' },
        { documentId: 'title', title: '合同审查规定' },
      ],
      queryTerms('合同审查', words),
      words
    );
    expect(both.map((hit) => hit.guideline.documentId)).toEqual(['title', 'body']);
  });

  it('finds nothing for a query of no words', () => {
    expect(queryTerms('   ', words)).toEqual([]);
    expect(found('   ')).toEqual([]);
  });
});
