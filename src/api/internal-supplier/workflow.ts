/**
 * Lifecycle of an internal supplier: a unit applies for one category; HQ admits it (with its
 * class: must / priority / encouraged) or rejects it with a reason. Later class changes are
 * supplier-class-change records (HQ, append-only), so the class history is kept.
 * Admitted suppliers are public: buyers and the matching need to see who supplies what.
 */
import type { TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { SUPPLIER_UID } from '../../kernel/uids';

const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any' };

const internalSupplierWorkflow: WorkflowDef = {
  uid: SUPPLIER_UID,
  initial: 'applied',
  states: ['applied', 'admitted', 'rejected'],
  publicStates: ['admitted'],
  transitions: [
    { action: 'admit', from: ['applied'], to: 'admitted', who: HQ, requires: ['entryType', 'supplierClass'] },
    {
      action: 'reject',
      from: ['applied'],
      to: 'rejected',
      who: HQ,
      requiresComment: true,
      notify: { kind: 'rejected', to: [{ roles: ['reporter'] }], label: 'ownerUnit.name' },
    },
  ],
};

export default internalSupplierWorkflow;
