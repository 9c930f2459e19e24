/**
 * Document Service middleware: assessment deductions are written by the system (scans) and by
 * HQ; a unit never records, edits or removes its own deductions, through any door.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEDUCTION_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

const deductionGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== DEDUCTION_UID || !WRITES.includes(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError('Assessment deductions are recorded by the system and HQ only (考核扣分仅由系统或集团总部记录)');
    }
    return next();
  };

export default deductionGuard;
