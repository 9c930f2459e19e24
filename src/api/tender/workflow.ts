/**
 * Lifecycle of a tender (seed 001, 3.2.2 ② and 3.4.1 ③): drafted by the demand's unit; launched
 * at once when it invites a catalogue supplier of the product (or the catalogue names none);
 * otherwise, as config/tenders.ts says for the tendered entry's class, either submitted for the
 * approval an exemption needs (the unit above approves or rejects, with a comment) and launched
 * only once approved, or filed (备案): launched at once with its reason, the unit above told. Awarding a firm outside the catalogue while a
 * catalogue supplier bid needs a reason, and the record reports it (同等条件下优先选用).
 */
import { errors } from '@strapi/utils';
import { type Effect, type WorkflowDef } from '../../plugins/synergy/public';
import { OWNER, REVIEWER, TELL_OWNER_REPORTERS, recordReviewComment } from '../../modules/marketplace/lifecycle';
import { TENDER_UID } from '../../kernel/uids';
import { refuseProblems } from '../../kernel/writes';
import { decideAward, submissionProblems } from './rules/invitation';
import { catalogueSupplierIds, loadTender, recordInvitationFacts } from './queries/catalogue-suppliers';

const review = recordReviewComment(TENDER_UID);

export const APPROVAL_NEEDED =
  'This tender invites none of the catalogue suppliers of the product: it needs approval first ' +
  '(未邀请目录规定的供方单位参与招标，须先经审批)';
export const NO_APPROVAL_NEEDED =
  'This tender invites a catalogue supplier of the product, or needs filing rather than approval: no approval is needed ' +
  '(已邀请目录供方单位或仅须备案，无须审批)';
export const FILING_NEEDED =
  'This tender invites none of the catalogue suppliers of the product: file it with the unit above, giving the reason (备案并发起) ' +
  '(未邀请目录规定的供方单位参与招标，须说明理由并报上级单位备案后发起)';
export const NO_FILING_NEEDED =
  'This tender needs no filing: it invites a catalogue supplier of the product, or needs approval instead ' +
  '(已邀请目录供方单位或须审批，无须备案)';

/** The catalogue may have changed since the last edit: decide on today's catalogue, not the stored flag. */
const assertInvitesCatalogueSupplier: Effect = async ({ documentId, transition }) => {
  if (transition.from.includes('approved')) return;
  const facts = await recordInvitationFacts(strapi, documentId);
  if (facts?.approvalNeeded) throw new errors.ForbiddenError(APPROVAL_NEEDED);
  if (facts?.filingNeeded) throw new errors.ForbiddenError(FILING_NEEDED);
};

/** Filing stands only while the catalogue still calls for it; the time is on the record. */
const recordFiling: Effect = async ({ documentId }) => {
  const facts = await recordInvitationFacts(strapi, documentId);
  if (facts?.approvalNeeded) throw new errors.ForbiddenError(APPROVAL_NEEDED);
  if (!facts?.filingNeeded) throw new errors.ForbiddenError(NO_FILING_NEEDED);
  await strapi.db.query(TENDER_UID).update({ where: { documentId }, data: { filedAt: new Date() } });
};

const requireJustification: Effect = async ({ documentId }) => {
  const tender = await loadTender(strapi, documentId);
  refuseProblems(submissionProblems({ justification: tender?.justification ?? null }));
};

/** 同等条件下优先选用: the winner is named, and passing over a catalogue bid is explained and reported. */
const recordAward: Effect = async ({ documentId }) => {
  const tender = await loadTender(strapi, documentId);
  if (!tender) return;
  const decision = decideAward({
    awardedSupplierId: tender.awardedSupplierId,
    awardedOutsider: tender.awardedOutsider,
    bidderIds: tender.bidderIds,
    catalogueSupplierIds: await catalogueSupplierIds(strapi, tender.entryId),
    awardReason: tender.awardReason,
  });
  refuseProblems(decision.problems);
  await strapi.db.query(TENDER_UID).update({ where: { id: tender.id }, data: { catalogueBidPassedOver: decision.catalogueBidPassedOver } });
};

const tenderWorkflow: WorkflowDef = {
  uid: TENDER_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'approved', 'rejected', 'bidding', 'awarded', 'withdrawn'],
  // A tender concerns one unit's purchase: only its unit, its subtree and its superiors read it.
  publicStates: [],
  transitions: [
    {
      action: 'launch',
      from: ['draft'],
      to: 'bidding',
      who: OWNER,
      requires: ['title', 'demand', 'catalogueEntry'],
      guard: ({ record }) => (record.approvalNeeded ? APPROVAL_NEEDED : record.filingNeeded ? FILING_NEEDED : true),
    },
    {
      // 备案: launched at once; the unit above is told, with the reason.
      action: 'file',
      from: ['draft'],
      to: 'bidding',
      who: OWNER,
      requires: ['title', 'demand', 'catalogueEntry', 'justification'],
      guard: ({ record }) => (record.filingNeeded ? true : NO_FILING_NEEDED),
      notify: { kind: 'filed', to: [{ members: 'ownerUnit.parent', roles: ['segment', 'hq'] }] },
    },
    {
      action: 'submit',
      from: ['draft'],
      to: 'submitted',
      who: OWNER,
      requires: ['title', 'demand', 'catalogueEntry', 'justification'],
      guard: ({ record }) => (record.approvalNeeded ? true : NO_APPROVAL_NEEDED),
    },
    { action: 'approve', from: ['submitted'], to: 'approved', who: REVIEWER, requiresComment: true },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      who: REVIEWER,
      requiresComment: true,
      notify: { kind: 'rejected', to: TELL_OWNER_REPORTERS },
    },
    { action: 'launch', from: ['approved'], to: 'bidding', who: OWNER },
    { action: 'award', from: ['bidding'], to: 'awarded', who: OWNER },
    { action: 'withdraw', from: ['draft', 'submitted', 'approved', 'bidding'], to: 'withdrawn', who: OWNER },
  ],
  effects: {
    launch: [assertInvitesCatalogueSupplier],
    submit: [requireJustification],
    file: [requireJustification, recordFiling],
    approve: [review],
    reject: [review],
    award: [recordAward],
  },
};

export default tenderWorkflow;
