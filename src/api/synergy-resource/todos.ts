/** What waits on whom for resources: submissions to review, resources returned to their unit. */
import { marketplaceTodoSources } from '../../modules/marketplace/marketplace-todos';

export const resourceTodoSources = marketplaceTodoSources({
  uid: 'api::synergy-resource.synergy-resource',
  name: 'resource',
  noun: { zh: '协同资源', en: 'resource' },
});
