/**
 * Document Service middleware: a letter version is frozen as it was signed. Only the server
 * writes one (the `sign` transition); no caller creates, edits or removes it, HQ included, on any door.
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, bilingual } from '../../../plugins/synergy/public';
import { LETTER_VERSION_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone'];

const versionGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== LETTER_VERSION_UID || !WRITES.includes(context.action)) return next();
    if ((await currentScope(strapi)).door !== 'internal') {
      throw new ForbiddenError(
        bilingual(
          'Letter versions are written by the system when a letter is signed and never change',
          '责任书版本由系统在签订时生成，只读，不能新建、修改或删除'
        )
      );
    }
    return next();
  };

export default versionGuard;
