/**
 * Seed 001, 3.2.2 ② and 3.4.1 ③ (需方事前管控): a tender for a catalogue product invites the
 * suppliers the catalogue names for it; a tender that invites none of them needs the approval an
 * exemption needs before it proceeds. And 同等条件下优先选用: awarding a firm outside the catalogue
 * while a catalogue supplier bid needs a reason, which stays on the record.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { MIN_JUSTIFICATION_LENGTH } from '../../exemption-request/rules/validation';

/** A live entry of the current edition: its product and its supplier (the entry's unit). */
export interface CatalogueOffer {
  id: number;
  entryType: string | null;
  subCategory: string | null;
  name: string | null;
  supplierUnitId: number | null;
}

/**
 * The units the catalogue names as suppliers of the tendered entry's product: the entry's own
 * supplier, and the suppliers of every live entry of the same type and sub-category (the same
 * name when the entry has no sub-category).
 */
export const catalogueSuppliersOf = (tendered: CatalogueOffer, offers: CatalogueOffer[]): number[] => {
  const sameProduct = (offer: CatalogueOffer) =>
    offer.id === tendered.id ||
    (offer.entryType === tendered.entryType &&
      (tendered.subCategory ? offer.subCategory === tendered.subCategory : !!tendered.name && offer.name === tendered.name));
  const ids = [tendered, ...offers].filter(sameProduct).map((offer) => offer.supplierUnitId);
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))].sort((a, b) => a - b);
};

export interface InvitationFacts {
  catalogueSupplierInvited: boolean;
  approvalNeeded: boolean;
  filingNeeded: boolean;
}

/** What a tender that invites none of the catalogue's suppliers needs: approval (审批) or filing (备案). */
export type InviteControl = 'approval' | 'filing';

/**
 * The control of the tendered entry's supplier class (config/tenders.ts `inviteControl`); anything
 * but 'filing' needs approval, the stricter of the two.
 */
export const inviteControlOf = (supplierClass: string | null, configured: unknown): InviteControl => {
  const value =
    supplierClass && configured && typeof configured === 'object' ? (configured as Record<string, unknown>)[supplierClass] : null;
  return value === 'filing' ? 'filing' : 'approval';
};

/**
 * When the catalogue names suppliers and the tender invites none of them, it needs approval or
 * filing, as the control says; otherwise neither.
 */
export const invitationFacts = (
  catalogueSupplierIds: number[],
  invitedUnitIds: number[],
  control: InviteControl = 'approval'
): InvitationFacts => {
  const invited = catalogueSupplierIds.some((id) => invitedUnitIds.includes(id));
  const gap = catalogueSupplierIds.length > 0 && !invited;
  return { catalogueSupplierInvited: invited, approvalNeeded: gap && control === 'approval', filingNeeded: gap && control === 'filing' };
};

const longEnough = (text: unknown) => typeof text === 'string' && [...text.trim()].length >= MIN_JUSTIFICATION_LENGTH;

/** Fields a tender may change in each state: everything while a draft; bids and the award while bidding. */
const EDITABLE_WHILE_BIDDING = new Set(['bidders', 'awardedSupplier', 'awardedOutsider', 'awardReason']);

/**
 * The problems of a write: `data` is the record as the write leaves it, `changed` the fields the
 * write sends, `storedState` the state of an existing tender (null on create).
 */
export const tenderProblems = (
  data: Record<string, unknown>,
  facts: { demandNamed: boolean; entryNamed: boolean; changed: string[]; storedState: string | null }
): Problem[] => {
  const { storedState, changed } = facts;
  if (storedState === 'bidding') {
    const locked = changed.filter((field) => !EDITABLE_WHILE_BIDDING.has(field));
    return locked.map((field) =>
      problemAt(field, `${field} cannot change once the tender is bidding`, '招标发起后仅可填写投标单位和定标结果')
    );
  }
  if (storedState && storedState !== 'draft') {
    return [problemAt('state', `A ${storedState} tender cannot be changed`, '仅草稿或招标中的招标可修改')];
  }
  const problems: Problem[] = [];
  if (typeof data.title !== 'string' || data.title.trim() === '')
    problems.push(problemAt('title', 'Give the tender a title', '须填写招标名称'));
  if (!facts.demandNamed) problems.push(problemAt('demand', 'Name the demand this tender is for', '须关联一条协同需求'));
  if (!facts.entryNamed) problems.push(problemAt('catalogueEntry', 'Name the catalogue product tendered', '须选择招标的目录产品'));
  return problems;
};

/** Submitting for approval needs the reason why no catalogue supplier is invited. */
export const submissionProblems = (data: Record<string, unknown>): Problem[] =>
  longEnough(data.justification)
    ? []
    : [
        problemAt(
          'justification',
          `Say in at least ${MIN_JUSTIFICATION_LENGTH} characters why no catalogue supplier is invited`,
          `须说明未邀请目录供方的理由，不少于${MIN_JUSTIFICATION_LENGTH}个字`
        ),
      ];

export interface AwardFacts {
  awardedSupplierId: number | null;
  awardedOutsider: string | null;
  bidderIds: number[];
  catalogueSupplierIds: number[];
  awardReason: unknown;
}

export interface AwardDecision {
  problems: Problem[];
  /** A catalogue supplier bid and someone outside the catalogue won: reported on the record. */
  catalogueBidPassedOver: boolean;
}

/** 同等条件下优先选用: who won, and whether passing over a catalogue bid is explained. */
export const decideAward = (facts: AwardFacts): AwardDecision => {
  const outsider = typeof facts.awardedOutsider === 'string' ? facts.awardedOutsider.trim() : '';
  const winners = (facts.awardedSupplierId !== null ? 1 : 0) + (outsider ? 1 : 0);
  if (winners !== 1) {
    return {
      problems: [
        problemAt(
          'awardedSupplier',
          'Name the winner: one group unit or one outside firm',
          '须填写中标单位：一家集团内单位或一家集团外单位'
        ),
      ],
      catalogueBidPassedOver: false,
    };
  }
  const winnerInCatalogue = facts.awardedSupplierId !== null && facts.catalogueSupplierIds.includes(facts.awardedSupplierId);
  const catalogueBid = facts.bidderIds.some((id) => facts.catalogueSupplierIds.includes(id));
  const passedOver = catalogueBid && !winnerInCatalogue;
  if (passedOver && !longEnough(facts.awardReason)) {
    return {
      problems: [
        problemAt(
          'awardReason',
          `A catalogue supplier bid: say in at least ${MIN_JUSTIFICATION_LENGTH} characters why a supplier outside the catalogue wins`,
          `目录供方参与了投标，选用目录外单位须说明理由，不少于${MIN_JUSTIFICATION_LENGTH}个字`
        ),
      ],
      catalogueBidPassedOver: true,
    };
  }
  return { problems: [], catalogueBidPassedOver: passedOver };
};
