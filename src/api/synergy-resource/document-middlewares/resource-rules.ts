/**
 * Field rules of resources, on every door (content API, admin content manager, internal code),
 * judged on the record as the write leaves it: a broken rule is a 400 and nothing is written.
 */
import type { Core } from '@strapi/strapi';
import { resourceProblems } from '../rules/validation';
import { RESOURCE_UID } from '../../../kernel/uids';
import { recordAfterWrite, refuseProblems } from '../../../kernel/writes';

const WRITES = new Set(['create', 'update']);

const resourceRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    if (uid !== RESOURCE_UID || !WRITES.has(action)) return next();
    refuseProblems(resourceProblems((await recordAfterWrite(strapi, uid, params)).merged));
    return next();
  };

export default resourceRules;
