/** What waits on whom for demands: submissions to review, demands returned to their unit. */
import { marketplaceTodoSources } from '../../modules/marketplace/marketplace-todos';
import { DEMAND_UID } from '../../kernel/uids';

export const demandTodoSources = marketplaceTodoSources({
  uid: DEMAND_UID,
  name: 'demand',
  noun: { zh: '协同需求', en: 'demand' },
});
