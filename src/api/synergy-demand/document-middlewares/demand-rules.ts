/**
 * Field rules of demands, on every door (content API, admin content manager, internal code): a
 * broken rule is a 400 and nothing is written.
 */
import { demandProblems, localToday } from '../rules/validation';
import { DEMAND_UID } from '../../../kernel/uids';
import { refuseProblems } from '../../../kernel/writes';

const WRITES = new Set(['create', 'update']);

const demandRules = () => async (context: any, next: () => Promise<any>) => {
  const { uid, action, params } = context;
  if (uid !== DEMAND_UID || !WRITES.has(action)) return next();
  refuseProblems(demandProblems(params.data ?? {}, localToday(), action === 'create'));
  return next();
};

export default demandRules;
