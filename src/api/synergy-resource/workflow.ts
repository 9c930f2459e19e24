/** Lifecycle of a synergy resource: the marketplace lifecycle that demands follow too. */
import { marketplaceWorkflow } from '../../modules/marketplace/lifecycle';
import { RESOURCE_UID } from '../../kernel/uids';

const resourceWorkflow = marketplaceWorkflow({
  uid: RESOURCE_UID,
  requiredToSubmit: ['title', 'resourceType', 'description', 'availableFrom'],
});

export default resourceWorkflow;
