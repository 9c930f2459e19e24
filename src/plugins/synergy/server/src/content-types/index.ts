import membership from './membership/schema.json';
import transition from './transition/schema.json';
import todoDelegation from './todo-delegation/schema.json';

export default {
  membership: { schema: membership },
  transition: { schema: transition },
  'todo-delegation': { schema: todoDelegation },
};
