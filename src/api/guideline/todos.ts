/**
 * What waits on whom for guidelines: a published must-read guideline waits on each unit that must
 * read it (its reporters and managers) until the unit confirms the reading — said in SQL over the
 * receipts, so the item goes the moment the receipt exists, through any door.
 */
import type { TodoContext, TodoSource } from '../../plugins/synergy/public';
import { GUIDELINE_UID, ORG_UNIT_UID, RECEIPT_UID } from '../../kernel/uids';
import { CONFIRMING_ROLES, WHOLE_GROUP_LEVELS } from './rules/guideline';

const column = (uid: string, attribute: string): string => {
  const meta: any = strapi.db.metadata.get(uid as any);
  return meta.attributes[attribute]?.columnName ?? attribute;
};
const table = (uid: string): string => (strapi.db.metadata.get(uid as any) as any).tableName;

/** The caller's unit has not confirmed, and (for the whole group) is among the units the whole group means. */
const unreadByCallersUnit = ({ caller }: TodoContext) => {
  if (caller.unitId === null) return null;
  const levels = WHOLE_GROUP_LEVELS.map(() => '?').join(', ');
  return {
    sql:
      `NOT EXISTS (SELECT 1 FROM ${table(RECEIPT_UID)} x WHERE x.${column(RECEIPT_UID, 'receiptKey')} = r.document_id || CAST(? AS VARCHAR(32)))` +
      ` AND (r.${column(GUIDELINE_UID, 'mustReadScope')} = 'chosen-units'` +
      ` OR EXISTS (SELECT 1 FROM ${table(ORG_UNIT_UID)} u WHERE u.id = ? AND u.${column(ORG_UNIT_UID, 'level')} IN (${levels})))`,
    bindings: [`:${caller.unitId}`, caller.unitId, ...WHOLE_GROUP_LEVELS],
  };
};

export const guidelineTodoSources: TodoSource[] = [
  {
    id: 'guideline-reading',
    kind: 'confirmation',
    uid: GUIDELINE_UID,
    label: { zh: '必读指引待阅知', en: 'Must-read guideline' },
    reason: {
      zh: '{from} 发布了必读的工作指引，{mine} 须阅读并确认已阅',
      en: '{from} issued a must-read guideline; {mine} reads it and confirms the reading',
    },
    states: ['published'],
    waitsOnFilter: ({ caller }) =>
      caller.unitId !== null && caller.role && (CONFIRMING_ROLES as readonly string[]).includes(caller.role)
        ? { mustRead: true, $or: [{ mustReadScope: 'whole-group' }, { mustReadUnits: { id: caller.unitId } }] }
        : null,
    whereSql: unreadByCallersUnit,
    sinceActions: ['publish'],
    fromUnit: 'issuingUnit',
    title: (record, _context, language) =>
      language === 'zh'
        ? `${record.title}${record.documentNumber ? `（${record.documentNumber}）` : ''}`
        : `${record.title}${record.documentNumber ? ` (${record.documentNumber})` : ''}`,
  },
];
