/** What waits on whom for demands: submissions to review, demands returned to their unit. */
import { marketplaceTodoSources } from '../../modules/marketplace/marketplace-todos';

export const demandTodoSources = marketplaceTodoSources({
  uid: 'api::synergy-demand.synergy-demand',
  name: 'demand',
  noun: { zh: '协同需求', en: 'demand' },
});
