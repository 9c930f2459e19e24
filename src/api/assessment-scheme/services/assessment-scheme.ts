/**
 * Assessment schemes: the core service, and revising — a frozen scheme changes by a new version,
 * a copy that is not frozen; the old version stays as the sheets that used it read it.
 */
import { factories } from '@strapi/strapi';
import { ConflictError, ForbiddenError, NotFoundError, bilingual, type Scope } from '../../../plugins/synergy/public';
import { SCHEME_UID } from '../../../kernel/uids';

/** Runs `work` as internal code (no request, so no caller's scope), inside the current transaction. */
export const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

const COPIED = [
  'name',
  'code',
  'subjectType',
  'periodKind',
  'peerGroup',
  'bonusCap',
  'tieBreak',
  'gradeBands',
  'awards',
  'vetoGrade',
  'description',
  'subjectPersonIds',
];
/** A scheme item's fields (the component `assessment.scheme-item`), as the service and the editor's admin routes copy them. */
export const ITEM_FIELDS = [
  'key',
  'name',
  'kind',
  'weight',
  'indicatorCode',
  'baseScore',
  'stepSize',
  'pointsPerStepAbove',
  'pointsPerStepBelow',
  'minScore',
  'maxScore',
  'difficultyCaps',
  'bonusSource',
  'pointsPerUnit',
  'itemCap',
  'deductionSource',
  'pointsByLevel',
  'vetoCondition',
  'assessorIds',
];

export const SCHEME_POPULATE = {
  items: true,
  subjectUnits: { select: ['id', 'documentId', 'code', 'name', 'level', 'path'] },
};

export default factories.createCoreService(SCHEME_UID, () => ({
  async revise(documentId: string, scope: Scope) {
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new ForbiddenError(bilingual('Only HQ revises assessment schemes', '仅集团总部可以修订考核方案'));
    }
    const scheme = await strapi.db.query(SCHEME_UID).findOne({ where: { documentId }, populate: SCHEME_POPULATE });
    if (!scheme) throw new NotFoundError(bilingual('Scheme not found', '考核方案不存在'));
    const newer = await strapi.db
      .query(SCHEME_UID)
      .findOne({ where: { code: scheme.code, version: { $gt: scheme.version } }, select: ['version'] });
    if (newer) {
      throw new ConflictError(
        bilingual(
          `Version ${newer.version} of this scheme exists already: revise the latest version`,
          `该方案已有第${newer.version}版，请修订最新版本`
        ),
        { code: 'scheme-not-latest' }
      );
    }
    const ids = (list: Array<{ id: number }> | undefined) => ({ set: (list ?? []).map((r) => ({ id: r.id })) });
    const data: Record<string, unknown> = {
      ...Object.fromEntries(COPIED.map((f) => [f, scheme[f]])),
      version: (scheme.version ?? 1) + 1,
      previousVersion: { set: [{ id: scheme.id }] },
      frozen: false,
      frozenAt: null,
      subjectUnits: ids(scheme.subjectUnits),
      items: (scheme.items ?? []).map((item: any) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f]]))),
    };
    return asServer(() => strapi.documents(SCHEME_UID).create({ data: data as any, populate: ['items', 'previousVersion'] as any }));
  },
}));
