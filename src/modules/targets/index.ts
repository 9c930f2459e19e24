/**
 * Targets (经营目标): the indicator library (一利五率, base items, synergy and supervision figures),
 * units' actual values, the annual plan decomposed down the tree, responsibility letters.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { INDICATOR_PERIOD_UID, INDICATOR_UID, INDICATOR_VALUE_UID } from '../../kernel/uids';
import indicatorRules from '../../api/indicator/document-middlewares/indicator-rules';
import valueRules from '../../api/indicator-value/document-middlewares/value-rules';
import { ensureDefaultIndicators } from '../../api/indicator/queries/default-library';
import { indicatorTodoSources } from '../../api/indicator/todos';

const targets: ModuleManifest = {
  name: 'targets',
  todoSources: indicatorTodoSources,
  contentTypes: [INDICATOR_UID, INDICATOR_VALUE_UID, INDICATOR_PERIOD_UID],
  // HQ keeps the library and closes periods; every member reads them (plans, letters and values name its indicators).
  sharedTypes: [
    { uid: INDICATOR_UID, read: 'signed-in', write: [] },
    { uid: INDICATOR_PERIOD_UID, read: 'signed-in', write: [] },
  ],
  grants: [
    { action: `${INDICATOR_UID}.achievement`, roles: ['hq', 'segment', 'reporter'] },
    // A finance system pushes with an API token given this action; HQ may push too.
    { action: `${INDICATOR_VALUE_UID}.push`, roles: ['hq'] },
    { action: `${INDICATOR_VALUE_UID}.template`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${INDICATOR_VALUE_UID}.import`, roles: ['hq', 'reporter'] },
  ],
  documentMiddlewares: [indicatorRules, valueRules],
  bootstrap: async ({ strapi }) => {
    await ensureDefaultIndicators(strapi);
  },
};

export default targets;
