/** The tender rules (seed 001, 3.2.2 ② and 需方事前管控; 同等条件下优先选用): pure, no database. */
import {
  catalogueSuppliersOf,
  decideAward,
  invitationFacts,
  inviteControlOf,
  submissionProblems,
  tenderProblems,
} from '../../src/api/tender/rules/invitation';

const offer = (id: number, supplierUnitId: number, fields: Record<string, unknown> = {}) => ({
  id,
  entryType: 'service',
  subCategory: '检修',
  name: `条目${id}`,
  supplierUnitId,
  ...fields,
});
const paths = (problems: Array<{ path: string[] }>) => problems.map((p) => p.path.join('.'));
const REASON = '外部单位报价低于目录供方百分之二十，且工期提前十五天。';

describe('tender rules', () => {
  it('name as catalogue suppliers every unit offering the same product in the edition', () => {
    const tendered = offer(1, 10);
    const offers = [offer(2, 20), offer(3, 30, { subCategory: '保洁' }), offer(4, 40, { entryType: 'product' }), offer(5, 20)];
    expect(catalogueSuppliersOf(tendered, offers)).toEqual([10, 20]);
    // Without a sub-category, the same product is the same name
    const bare = offer(6, 60, { subCategory: null, name: '物业清洁' });
    expect(
      catalogueSuppliersOf(bare, [offer(7, 70, { subCategory: null, name: '物业清洁' }), offer(8, 80, { subCategory: null })])
    ).toEqual([60, 70]);
  });

  it('need approval only when the catalogue names suppliers and none is invited', () => {
    expect(invitationFacts([10, 20], [20, 99])).toEqual({ catalogueSupplierInvited: true, approvalNeeded: false, filingNeeded: false });
    expect(invitationFacts([10, 20], [99])).toEqual({ catalogueSupplierInvited: false, approvalNeeded: true, filingNeeded: false });
    expect(invitationFacts([10, 20], [])).toEqual({ catalogueSupplierInvited: false, approvalNeeded: true, filingNeeded: false });
    expect(invitationFacts([], [99])).toEqual({ catalogueSupplierInvited: false, approvalNeeded: false, filingNeeded: false });
    expect(invitationFacts([10, 20], [99], 'filing')).toEqual({
      catalogueSupplierInvited: false,
      approvalNeeded: false,
      filingNeeded: true,
    });
    expect(invitationFacts([10, 20], [10], 'filing')).toEqual({
      catalogueSupplierInvited: true,
      approvalNeeded: false,
      filingNeeded: false,
    });
  });

  it('reads the control of the entry class from the configuration, approval unless filing is named', () => {
    const configured = { must: 'approval', priority: 'filing', encouraged: 'nonsense' };
    expect(inviteControlOf('priority', configured)).toBe('filing');
    expect(inviteControlOf('must', configured)).toBe('approval');
    expect(inviteControlOf('encouraged', configured)).toBe('approval');
    expect(inviteControlOf(null, configured)).toBe('approval');
    expect(inviteControlOf('priority', undefined)).toBe('approval');
  });

  it('want a demand, a catalogue product and a title; change only drafts, and only bids and the award while bidding', () => {
    const facts = { demandNamed: true, entryNamed: true, changed: ['title'], storedState: null };
    expect(tenderProblems({ title: '招标' }, facts)).toEqual([]);
    expect(paths(tenderProblems({ title: ' ' }, { ...facts, demandNamed: false, entryNamed: false }))).toEqual([
      'title',
      'demand',
      'catalogueEntry',
    ]);
    expect(tenderProblems({ title: '招标' }, { ...facts, storedState: 'bidding', changed: ['bidders', 'awardReason'] })).toEqual([]);
    expect(paths(tenderProblems({ title: '招标' }, { ...facts, storedState: 'bidding', changed: ['invitedSuppliers'] }))).toEqual([
      'invitedSuppliers',
    ]);
    expect(paths(tenderProblems({ title: '招标' }, { ...facts, storedState: 'submitted' }))).toEqual(['state']);
    expect(tenderProblems({ title: '招标' }, { ...facts, storedState: 'submitted' })[0].message.zh).toContain('仅草稿或招标中');
  });

  it('submit for approval only with the reason why no catalogue supplier is invited', () => {
    expect(paths(submissionProblems({ justification: '太贵' }))).toEqual(['justification']);
    expect(submissionProblems({ justification: REASON })).toEqual([]);
  });

  it('award to exactly one winner; passing over a catalogue bid needs a reason and is reported', () => {
    const base = { awardedSupplierId: null, awardedOutsider: null, bidderIds: [10, 99], catalogueSupplierIds: [10, 20], awardReason: null };
    expect(paths(decideAward(base).problems)).toEqual(['awardedSupplier']);
    expect(paths(decideAward({ ...base, awardedSupplierId: 10, awardedOutsider: '外部公司' }).problems)).toEqual(['awardedSupplier']);
    // The catalogue supplier wins: nothing to explain
    expect(decideAward({ ...base, awardedSupplierId: 10 })).toEqual({ problems: [], catalogueBidPassedOver: false });
    // An outside firm, or a group unit outside the catalogue, wins over a catalogue bid: a reason
    const outside = decideAward({ ...base, awardedOutsider: '外部公司' });
    expect(paths(outside.problems)).toEqual(['awardReason']);
    expect(outside.problems[0].message.zh).toContain('须说明理由');
    expect(paths(decideAward({ ...base, awardedSupplierId: 99 }).problems)).toEqual(['awardReason']);
    expect(decideAward({ ...base, awardedOutsider: '外部公司', awardReason: REASON })).toEqual({
      problems: [],
      catalogueBidPassedOver: true,
    });
    // No catalogue supplier bid: the outside firm wins without a reason
    expect(decideAward({ ...base, bidderIds: [99], awardedOutsider: '外部公司' })).toEqual({ problems: [], catalogueBidPassedOver: false });
  });
});
