/** Lifecycle of a synergy resource: the marketplace lifecycle that demands follow too. */
import { marketplaceWorkflow } from '../../lifecycles/marketplace';

const resourceWorkflow = marketplaceWorkflow({
  uid: 'api::synergy-resource.synergy-resource',
  requiredToSubmit: ['title', 'resourceType', 'description', 'availableFrom'],
});

export default resourceWorkflow;
