/**
 * Read receipts are made only by confirming a reading (POST /api/guidelines/:documentId/read),
 * which the server writes; every other door reads them and nothing else, so a receipt cannot be
 * forged for another unit, back-dated or taken back.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RECEIPT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

const receiptGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== RECEIPT_UID || !WRITES.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal') {
      throw new errors.PolicyError(
        'A read receipt is made by confirming the reading of the guideline (阅知确认须在指引中点击"确认已阅"，不能直接新建或修改)'
      );
    }
    return next();
  };

export default receiptGuard;
