/**
 * Lifecycle of an assessment bulletin (考核通报): HQ drafts it for a scheme and period and
 * publishes it; publishing freezes the ranking of the sheet version it names (the latest when it
 * names none) and the quarterly figures into the bulletin, which then never changes. Publishing
 * twice is the engine's 409. A correction is a new bulletin that names the one it corrects.
 * Published bulletins are intranet content: readable by everyone, signed in or not.
 */
import { InvalidError, problemAt, type Effect, type TransitionDef, type WorkflowDef } from '../../plugins/synergy/public';
import { BULLETIN_UID, SHEET_UID } from '../../kernel/uids';

const HQ: TransitionDef['who'] = {
  roles: ['hq'],
  unit: 'any',
  refusal: 'Only HQ publishes assessment bulletins (仅集团总部可以发布考核通报)',
};

/** The ranking and figures of the sheets, frozen into the bulletin as it is published. */
export const freezeRanking: Effect = async ({ documentId, actor }) => {
  const bulletin = await strapi.db.query(BULLETIN_UID).findOne({
    where: { documentId },
    select: ['id', 'period', 'sheetVersion'],
    populate: { scheme: { select: ['code'] } },
  });
  const snapshot =
    bulletin?.scheme && bulletin.period
      ? await strapi.service(SHEET_UID).snapshot(bulletin.scheme.code, bulletin.period, bulletin.sheetVersion ?? null)
      : null;
  if (!snapshot) {
    throw new InvalidError(
      [
        problemAt(
          'sheetVersion',
          'No sheets are computed for this scheme, period and version: compute them first',
          '该方案、期间和版本尚无考核表，请先计算'
        ),
      ],
      { code: 'bulletin-without-sheets' }
    );
  }
  await strapi.db.query(BULLETIN_UID).update({
    where: { id: bulletin.id },
    data: {
      sheetVersion: snapshot.version,
      ranking: snapshot.ranking,
      figures: snapshot.figures,
      issuedAt: new Date(),
      issuedBy: actor.name,
    },
  });
};

const bulletinWorkflow: WorkflowDef = {
  uid: BULLETIN_UID,
  initial: 'draft',
  states: ['draft', 'published'],
  publicStates: ['published'],
  publicToAnonymous: true,
  transitions: [{ action: 'publish', from: ['draft'], to: 'published', who: HQ, requires: ['title', 'year'] }],
  effects: { publish: [freezeRanking] },
};

export default bulletinWorkflow;
