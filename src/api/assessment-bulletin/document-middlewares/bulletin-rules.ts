/**
 * Document Service middleware of assessment bulletins, for every door: only HQ writes them; the
 * group owns every bulletin; the scheme and period must exist (and the sheet version, when one is
 * named); a correction names a published bulletin of the same scheme and period and says what it
 * corrects; a published bulletin never changes and is never removed (409). The ranking, figures
 * and issue stamp are the publish transition's.
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, ForbiddenError, bilingual, problemAt, type Problem } from '../../../plugins/synergy/public';
import { BULLETIN_UID, ORG_UNIT_UID, SCHEME_UID, SHEET_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { singleRef, whereRef } from '../../../kernel/relations';
import { refuseProblems } from '../../../kernel/writes';
import { periodName } from '../../assessment-sheet/queries/facts';

const WRITES = new Set(['create', 'update', 'delete', 'clone']);
const SERVER_KEPT = ['ranking', 'figures', 'issuedAt', 'issuedBy', 'period', 'ownerUnit'];

const bulletinRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const refOf = async (uid: string, value: unknown, stored: any, populate: Record<string, unknown> = {}) => {
    const ref = singleRef(value);
    if (ref === undefined) return stored ?? null;
    return ref ? strapi.db.query(uid as any).findOne({ where: whereRef(ref), populate }) : null;
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== BULLETIN_UID || !WRITES.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new ForbiddenError(bilingual('Only HQ writes assessment bulletins', '仅集团总部可以编写考核通报'));
    }
    const params = (context.params = { ...(context.params ?? {}) });
    const data: Record<string, any> = { ...(params.data ?? {}) };
    for (const field of SERVER_KEPT) delete data[field];
    const stored = params.documentId
      ? await strapi.db.query(BULLETIN_UID).findOne({
          where: { documentId: params.documentId },
          populate: { scheme: true, corrects: { populate: { scheme: { select: ['code'] } } } },
        })
      : null;
    if (stored?.state === 'published') {
      throw new ConflictError(
        bilingual(
          'A published bulletin never changes: publish a correction that names it instead',
          '已发布的考核通报不能修改或删除；如需更正，请发布一份注明所更正通报的更正通报'
        ),
        { code: 'bulletin-published' }
      );
    }
    if (context.action === 'delete') return next();

    const merged = { ...(stored ?? {}), ...data };
    const scheme = await refOf(SCHEME_UID, data.scheme, stored?.scheme);
    const corrects = await refOf(BULLETIN_UID, data.corrects, stored?.corrects, { scheme: { select: ['code'] } });
    const problems: Problem[] = [];
    if (!scheme) problems.push(problemAt('scheme', 'Choose the assessment scheme', '请选择考核方案'));
    const year = Number(merged.year);
    const quarterly = scheme?.periodKind === 'quarter';
    const number = quarterly ? Number(merged.periodNumber) : 1;
    if (quarterly && (!Number.isInteger(number) || number < 1 || number > 4)) {
      problems.push(problemAt('periodNumber', 'Give the quarter (1–4) of this quarterly scheme', '季度考核方案请填写季度（1至4）'));
    }
    const period = scheme && Number.isInteger(year) ? periodName({ year, kind: quarterly ? 'quarter' : 'year', number }) : null;
    if (scheme && period && merged.sheetVersion !== null && merged.sheetVersion !== undefined) {
      const found = await strapi.db
        .query(SHEET_UID)
        .findOne({ where: { schemeCode: scheme.code, period, version: merged.sheetVersion }, select: ['id'] });
      if (!found)
        problems.push(
          problemAt(
            'sheetVersion',
            `No sheets of version ${merged.sheetVersion} for ${period}`,
            `${period} 没有第${merged.sheetVersion}版考核表`
          )
        );
    }
    if (corrects) {
      if (corrects.state !== 'published')
        problems.push(problemAt('corrects', 'Only a published bulletin is corrected', '只能更正已发布的通报'));
      else if (corrects.scheme?.code !== scheme?.code || corrects.period !== period) {
        problems.push(problemAt('corrects', 'A correction is of the same scheme and period', '更正通报须与被更正通报属同一方案和期间'));
      }
      if (!(typeof merged.correctionNote === 'string' && merged.correctionNote.trim())) {
        problems.push(problemAt('correctionNote', 'Say what the correction corrects', '请说明更正的内容'));
      }
    } else if (singleRef(data.corrects)) {
      problems.push(problemAt('corrects', 'The bulletin to correct does not exist', '被更正的通报不存在'));
    }
    refuseProblems(problems);
    if (context.action === 'create') {
      const group = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id'] });
      if (group) data.ownerUnit = { set: [{ id: group.id }] };
    }
    data.period = period;
    params.data = data;
    return next();
  };
};

export default bulletinRules;
