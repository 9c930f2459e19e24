/**
 * Targets (经营目标): the indicator library (一利五率, base items, synergy and supervision figures),
 * units' actual values, the annual plan decomposed down the tree, responsibility letters.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { INDICATOR_UID } from '../../kernel/uids';

const targets: ModuleManifest = {
  name: 'targets',
  contentTypes: [INDICATOR_UID],
  // HQ keeps the library; every member reads it (plans, letters and values name its indicators).
  sharedTypes: [{ uid: INDICATOR_UID, read: 'signed-in', write: [] }],
};

export default targets;
