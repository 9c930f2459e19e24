/**
 * Lifecycle of a responsibility letter (经营目标责任书): the unit's reporter drafts and submits it
 * (the weights must add up to 100), the segment manager above it (or HQ) approves or returns it,
 * HQ signs it. Signing freezes the letter as a new immutable version (letter-version), the one
 * assessment reads. A signed letter is never edited in place: the unit or HQ starts a revision
 * with its reason, which opens the next version as a draft; it goes through submit → approve →
 * sign again and then replaces the version in force. Earlier versions stay.
 */
import { InvalidError, type Effect, type TransitionDef, type WorkflowDef } from '../../plugins/synergy/public';
import { LETTER_UID, LETTER_VERSION_UID } from '../../kernel/uids';
import { currentSnapshot, itemFacts, loadLetter } from './queries/letter-record';
import { submitProblems } from './rules/items';

const UNIT: TransitionDef['who'] = {
  roles: ['reporter', 'hq'],
  unit: 'owner',
  refusal: "Only the letter's unit or HQ drafts, submits and revises it (只有责任单位或集团总部可以提交、修订责任书)",
};
const REVIEWER: TransitionDef['who'] = {
  roles: ['segment', 'hq'],
  unit: 'superior',
  refusal: 'Only the segment above the unit or HQ approves or returns a letter (只有上级板块或集团总部可以审批、退回责任书)',
};
const SIGNER: TransitionDef['who'] = { roles: ['hq'], unit: 'any', refusal: 'Only HQ signs a letter (只有集团总部可以签订责任书)' };

/** Runs `work` as internal code (no request, so no caller's scope), inside the current transaction. */
const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

const letterOf = async (documentId: string) => {
  const letter = await loadLetter(documentId);
  if (!letter) throw new InvalidError({ en: 'Letter not found', zh: '责任书不存在' });
  return letter;
};

/** Items complete and weights adding up to 100; the version's author is the first to submit it. */
export const checkBeforeSubmit: Effect = async ({ documentId, actor }) => {
  const letter = await letterOf(documentId);
  const problems = submitProblems(itemFacts(letter));
  if (problems.length > 0) throw new InvalidError(problems, { code: 'letter-incomplete' });
  if (!letter.versionAuthor) {
    await strapi.db.query(LETTER_UID).update({
      where: { id: letter.id },
      data: { versionAuthor: actor.name, versionStartedAt: new Date() },
    });
  }
};

/** The signed letter frozen as its current version, which becomes the version in force. */
export const freezeVersion: Effect = async ({ documentId, actor }) => {
  const letter = await letterOf(documentId);
  const now = new Date();
  const versionNo = letter.versionNo ?? 1;
  const snapshot = currentSnapshot(letter);
  await asServer(() =>
    strapi.documents(LETTER_VERSION_UID).create({
      data: {
        letter: { set: [{ id: letter.id }] },
        versionNo,
        year: letter.year,
        title: snapshot.title,
        responsiblePerson: snapshot.responsiblePerson,
        preamble: snapshot.preamble,
        items: snapshot.items,
        reason: versionNo === 1 ? null : letter.revisionReason,
        author: letter.versionAuthor,
        authoredAt: letter.versionStartedAt,
        signedBy: actor.name,
        signedAt: now,
        ownerUnit: letter.ownerUnit ? { set: [{ id: letter.ownerUnit.id }] } : null,
      } as any,
    })
  );
  await strapi.db.query(LETTER_UID).update({ where: { id: letter.id }, data: { signedVersionNo: versionNo, signedAt: now } });
};

/** A revision opens the next version as a draft, with its author, time and reason. */
export const openRevision: Effect = async ({ documentId, actor, comment }) => {
  const letter = await letterOf(documentId);
  await strapi.db.query(LETTER_UID).update({
    where: { id: letter.id },
    data: { versionNo: (letter.versionNo ?? 1) + 1, versionAuthor: actor.name, versionStartedAt: new Date(), revisionReason: comment },
  });
};

const letterWorkflow: WorkflowDef = {
  uid: LETTER_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'approved', 'signed'],
  publicStates: [],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: UNIT, requires: ['title', 'year'] },
    { action: 'approve', from: ['submitted'], to: 'approved', who: REVIEWER },
    { action: 'return', from: ['submitted'], to: 'draft', who: REVIEWER, requiresComment: true },
    { action: 'sign-letter', from: ['approved'], to: 'signed', who: SIGNER },
    { action: 'refuse-signing', from: ['approved'], to: 'draft', who: SIGNER, requiresComment: true },
    { action: 'start-revision', from: ['signed'], to: 'draft', who: UNIT, requiresComment: true },
  ],
  effects: {
    submit: [checkBeforeSubmit],
    'sign-letter': [freezeVersion],
    'start-revision': [openRevision],
  },
};

export default letterWorkflow;
