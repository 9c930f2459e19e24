/** What waits on whom for resources: submissions to review, resources returned to their unit. */
import { marketplaceTodoSources } from '../../modules/marketplace/marketplace-todos';
import { RESOURCE_UID } from '../../kernel/uids';

export const resourceTodoSources = marketplaceTodoSources({
  uid: RESOURCE_UID,
  name: 'resource',
  noun: { zh: '协同资源', en: 'resource' },
});
