/**
 * What the engine loads with a record so that its table's rules can be decided on it: the owning
 * unit, the units and people the `who` of its transitions name (`supervisingUnit`,
 * `project.supplierUnits`, `ownerPerson` …) and its required relations — one populate tree,
 * planned once when the table is registered and checked against the content-type schemas there,
 * so a misspelt relation stops the boot instead of refusing everyone.
 */
import type { WorkflowDef } from '../../../shared/contracts';
import { unitRelationsOf } from './transitions';

export const USER_UID = 'plugin::users-permissions.user';

type Attribute = { type: string; target?: string };
export type AttributesOf = (uid: string) => Record<string, Attribute> | undefined;

export interface Populate {
  [field: string]: { select: string[]; populate?: Populate };
}

export interface RecordLoadPlan {
  populate: Populate;
  problems: string[];
}

/** `orgUnit` is the org tree's unit type, which the owner and the units `who` names must lead to. */
export const planRecordLoad = (def: WorkflowDef, attributesOf: AttributesOf, orgUnit: string): RecordLoadPlan => {
  const populate: Populate = {};
  const problems: string[] = [];

  /** Adds a relation path to the tree, selecting `leaf` at its end; records a problem when the schema has no such path. */
  const add = (path: string, leaf: string[], target: string | null, label: string) => {
    let uid = def.uid;
    let tree = populate;
    const fields = path.split('.');
    for (const [index, field] of fields.entries()) {
      const attribute = attributesOf(uid)?.[field];
      if (attribute?.type !== 'relation' || !attribute.target) {
        problems.push(`${label}: "${path}" is not a relation path of ${def.uid}`);
        return;
      }
      const last = index === fields.length - 1;
      if (last && target && attribute.target !== target) {
        problems.push(`${label}: "${path}" leads to ${attribute.target}, not ${target}`);
        return;
      }
      const node = (tree[field] ??= { select: ['id'] });
      for (const column of last ? leaf : []) if (!node.select.includes(column)) node.select.push(column);
      if (!last) tree = node.populate ??= {};
      uid = attribute.target;
    }
  };

  if (attributesOf(def.uid)?.ownerUnit) add('ownerUnit', ['id', 'path'], orgUnit, 'owner');
  for (const t of def.transitions) {
    if (t.who.unit !== 'any') for (const path of unitRelationsOf(t.who)) add(path, ['id', 'path'], orgUnit, t.action);
    if (t.who.person) add(t.who.person, ['id'], USER_UID, t.action);
    for (const field of t.requires ?? []) {
      if (attributesOf(def.uid)?.[field]?.type === 'relation') add(field, ['id'], null, t.action);
    }
  }
  return { populate, problems: Array.from(new Set(problems)) };
};
