/**
 * Document Service middleware for disputes, every door: only a party of a signed project opens a
 * dispute, against another party; the server names the mediator (their common superior — HQ only
 * across segments) and the due date. Clients never write the mediator, outcome, escalations or
 * due date, and the parties of a dispute do not change.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mediatorFor } from '../../synergy-project/rules/project';
import { partyIds, projectOf } from '../../synergy-project/queries/parties';
import { disputeDueAt } from '../workflow';
import { DISPUTE_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { loadUnit, ownerAfterWrite, singleRef } from '../../../kernel/relations';

const SERVER_FIELDS = ['mediatorUnit', 'outcome', 'escalationCount', 'dueAt'];
const OPEN_ON = ['active', 'completed', 'terminated'];

const disputeGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== DISPUTE_UID || !['create', 'update'].includes(context.action)) return next();
    const params = context.params ?? {};
    const data = (params.data ?? {}) as Record<string, any>;
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal') for (const field of SERVER_FIELDS) delete data[field];

    if (context.action === 'update') {
      if ('project' in data || 'respondentUnit' in data) {
        throw new errors.ValidationError('The parties of a dispute cannot change (争议双方不能变更)');
      }
      return next();
    }

    const project = await projectOf(strapi, data.project);
    if (!OPEN_ON.includes(project.state)) {
      throw new errors.ValidationError('Disputes concern signed projects only (只能对已签约的项目提起争议)');
    }
    const opener = await ownerAfterWrite(strapi, DISPUTE_UID, params);
    const parties = partyIds(project);
    if (!opener || !parties.includes(opener.id)) {
      throw new errors.PolicyError('Only a party of the project may open a dispute (只有项目参与方可以提起争议)');
    }
    const others = parties.filter((id) => id !== opener.id);
    const respondentRef = singleRef(data.respondentUnit);
    const respondent = respondentRef
      ? await loadUnit(strapi, respondentRef)
      : others.length === 1
        ? await loadUnit(strapi, { id: others[0] })
        : null;
    if (!respondent) throw new errors.ValidationError('Name the other party (respondentUnit) (须指明争议对方)');
    if (!others.includes(respondent.id)) {
      throw new errors.ValidationError('The other party must be another party of the project (争议对方须为项目的另一参与方)');
    }
    const now = new Date();
    params.data = {
      ...data,
      respondentUnit: { set: [{ id: respondent.id }] },
      mediatorUnit: { set: [{ id: mediatorFor(opener.path, respondent.path) }] },
      escalationCount: 0,
      dueAt: disputeDueAt(now),
      outcome: null,
    };
    context.params = params;
    return next();
  };

export default disputeGuard;
