/**
 * Document Service middleware: assessment sheets and manual scores are written by the server only
 * (sheets when HQ computes them, manual scores when opened and through the score route), on every
 * door, HQ's content manager included: a sheet is a record of what was computed, and a score is
 * given by its assessor within its range.
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, bilingual } from '../../../plugins/synergy/public';
import { MANUAL_SCORE_UID, SHEET_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

const sheetGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if ((context.uid !== SHEET_UID && context.uid !== MANUAL_SCORE_UID) || !WRITES.includes(context.action)) return next();
    if ((await currentScope(strapi)).door !== 'internal') {
      throw new ForbiddenError(
        context.uid === SHEET_UID
          ? bilingual('Assessment sheets are computed by the system and never edited', '考核表由系统计算生成，不能新建、修改或删除')
          : bilingual(
              'Manual scores are opened by the system and given by their assessor through the score action',
              '考核评分由系统生成，只能由评分人通过评分操作填写'
            )
      );
    }
    return next();
  };

export default sheetGuard;
