/**
 * A page of inbox rows made into items: per source one query for its records (with the relations
 * the workflow's rules and the title read), one query of the history for "from whom", and the
 * actions offered decided by the engine's own pure function — listing here and taking through
 * the transitions endpoint cannot disagree.
 */
import { orgUnitUid } from '../../utils/uids';
import type { Core } from '@strapi/strapi';
import type { TodoAction, TodoItem, TodoLanguage, TodoUnitRef } from '../../../../shared/contracts/todos';
import type { WorkflowDef } from '../../../../shared/contracts';
import { allowedTransitions, callerOf } from '../../utils/transitions';
import { planRecordLoad } from '../../utils/transition-relations';
import { TRANSITION_UID } from '../../utils/uids';
import type { RegisteredSource } from './registry';
import type { Identity, InboxRow } from './inbox-query';
import { dateOfDay, isoOf } from './sql';

type Populate = Record<string, any>;

/** Two populate trees as one: selected fields and nested relations united. */
export const mergePopulate = (a: Populate = {}, b: Populate = {}): Populate => {
  const merged: Populate = { ...a };
  for (const [field, node] of Object.entries(b)) {
    const left = merged[field];
    if (!left) {
      merged[field] = node;
      continue;
    }
    const select = left.select && node.select ? [...new Set([...left.select, ...node.select])] : undefined;
    const populate = left.populate || node.populate ? mergePopulate(left.populate, node.populate) : undefined;
    merged[field] = { ...(select ? { select } : {}), ...(populate ? { populate } : {}) };
  }
  return merged;
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** The actions of `names` the identity may take on the record now that need neither a comment nor a missing field. */
export const formFreeActions = (
  workflow: WorkflowDef,
  record: Record<string, any> & { state: string },
  identity: Identity,
  names: string[]
) =>
  allowedTransitions(workflow, record, callerOf(identity.scope)).filter(
    (t) => names.includes(t.action) && !t.requiresComment && (t.requires ?? []).every((field) => !isBlank(record[field]))
  );

export const createItems = (strapi: Core.Strapi) => {
  const attributesOf = (uid: string) => (strapi.getModel(uid as any)?.attributes as any) ?? undefined;
  const pluralOf = (uid: string) => (strapi.getModel(uid as any)?.info as any)?.pluralName as string;

  /** Per source, the relations its records are loaded with (schemas are fixed after boot). */
  const populates = new Map<string, Populate>();
  const populateOf = ({ source, workflow }: RegisteredSource): Populate => {
    if (!populates.has(source.id)) {
      const from = source.fromUnit ?? 'ownerUnit';
      // The relations the workflow's rules read, only where actions are offered (they decide them).
      const decides = workflow && (source.actions ?? []).length > 0;
      let populate = mergePopulate(
        decides ? planRecordLoad(workflow, attributesOf, orgUnitUid(strapi)).populate : {},
        source.populate as Populate
      );
      if (attributesOf(source.uid)?.[from]?.type === 'relation')
        populate = mergePopulate(populate, { [from]: { select: ['id', 'documentId', 'code', 'name'] } });
      populates.set(source.id, populate);
    }
    return populates.get(source.id)!;
  };

  const loadRecords = async (registered: RegisteredSource, ids: number[]) => {
    const rows = await strapi.db
      .query(registered.source.uid as any)
      .findMany({ where: { id: { $in: ids } }, populate: populateOf(registered) });
    return new Map<number, Record<string, any>>(rows.map((row: any) => [row.id, row]));
  };

  const unitRef = (unit: any): TodoUnitRef | null =>
    unit ? { documentId: unit.documentId, code: unit.code ?? null, name: unit.name } : null;

  /** Per record, the history row that put it in its current state (among the source's `sinceActions`). */
  const entries = async (wanted: Array<{ uid: string; documentId: string; state: string; actions?: string[] }>) => {
    type Entry = { actorName: string | null; actorUnit: TodoUnitRef | null };
    if (wanted.length === 0) return new Map<string, Entry>();
    const rows = await strapi.db.query(TRANSITION_UID).findMany({
      where: { targetDocumentId: { $in: [...new Set(wanted.map((w) => w.documentId))] } },
      select: ['targetUid', 'targetDocumentId', 'action', 'toState', 'actorName', 'actorKind', 'at'],
      populate: { actorUnit: { select: ['documentId', 'code', 'name'] } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    const found = new Map<string, Entry>();
    for (const w of wanted) {
      const row = rows.find(
        (r: any) =>
          r.targetUid === w.uid &&
          r.targetDocumentId === w.documentId &&
          r.toState === w.state &&
          (!w.actions?.length || w.actions.includes(r.action))
      );
      if (row)
        found.set(`${w.uid}:${w.documentId}`, {
          actorName: row.actorKind === 'system' ? null : (row.actorName ?? null),
          actorUnit: unitRef(row.actorUnit),
        });
    }
    return found;
  };

  return {
    async describe(
      rows: InboxRow[],
      sources: Map<string, RegisteredSource>,
      identities: Identity[],
      language: TodoLanguage,
      door: 'content-api' | 'admin' | 'internal',
      todayDay: number
    ): Promise<TodoItem[]> {
      const records = new Map<string, Map<number, Record<string, any>>>();
      for (const [id, registered] of sources) {
        const ids = rows.filter((r) => r.source === id).map((r) => Number(r.record_id));
        if (ids.length > 0) records.set(id, await loadRecords(registered, ids));
      }
      const recordOf = (row: InboxRow) => records.get(row.source)?.get(Number(row.record_id));
      const history = await entries(
        rows
          .filter((row) => sources.get(row.source)?.workflow && recordOf(row))
          .map((row) => {
            const { source } = sources.get(row.source)!;
            return { uid: source.uid, documentId: row.document_id, state: recordOf(row)!.state, actions: source.sinceActions };
          })
      );

      return rows.flatMap((row): TodoItem[] => {
        const registered = sources.get(row.source);
        const record = recordOf(row);
        // Gone between the page query and this one (deleted meanwhile): not shown rather than shown empty.
        if (!registered || !record) return [];
        const { source, workflow } = registered;
        const identity = identities.find((i) => i.via === Number(row.via)) ?? identities[0];
        const entry = history.get(`${source.uid}:${row.document_id}`);
        const from = source.fromActor ? (entry?.actorUnit ?? null) : unitRef(record[source.fromUnit ?? 'ownerUnit']);
        const mine = identity.context.caller.unitName ?? '';
        const delegated = identity.delegation;
        const reason = fill(source.reason[language], { from: from?.name ?? '', mine });
        const plural = pluralOf(source.uid);
        const base = door === 'admin' ? '/synergy' : '/api';
        const actions: TodoAction[] = workflow
          ? formFreeActions(workflow, record as any, identity, source.actions ?? []).map((t) => ({
              action: t.action,
              to: t.to,
              href: `${base}/${plural}/${row.document_id}/transitions`,
            }))
          : [];
        const dueDay = row.due_day === null || row.due_day === undefined ? null : Number(row.due_day);
        return [
          {
            key: row.todo_key,
            kind: source.kind,
            source: source.id,
            label: source.label[language],
            labels: source.label,
            title: source.title(record, identity.context, language),
            reason: delegated
              ? `${language === 'zh' ? `代 ${delegated.delegatorName} 办理：` : `For ${delegated.delegatorName}: `}${reason}`
              : reason,
            from: { unit: from, person: entry?.actorName ?? null },
            since: isoOf(row.since_at) ?? isoOf(record.createdAt)!,
            due: dueDay === null ? null : dateOfDay(dueDay),
            overdue: dueDay !== null && dueDay < todayDay,
            delegatedFrom: delegated ? { name: delegated.delegatorName, delegation: delegated.documentId } : null,
            subject: { uid: source.uid, documentId: row.document_id, state: record.state ?? null },
            links:
              source.links === false
                ? null
                : {
                    admin: `/admin/content-manager/collection-types/${source.uid}/${row.document_id}`,
                    api: `/api/${plural}/${row.document_id}`,
                  },
            actions,
          },
        ];
      });
    },
  };
};
