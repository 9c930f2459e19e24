/**
 * What waits on whom for benefit records: a submitted record each other party of the project
 * must confirm once (the `confirm` guard, said in SQL over `confirmations`), and a record a party
 * returned to the recording unit.
 */
import type { TodoContext, TodoSource } from '../../plugins/synergy/public';
import { BENEFIT_UID } from '../../kernel/uids';

/** Not yet confirmed by the caller's unit: no element of `confirmations` has its unitId. */
const notConfirmedByCaller = ({ caller, dialect }: TodoContext) => {
  if (caller.unitId === null) return null;
  return dialect === 'postgres'
    ? { sql: `NOT (COALESCE(r.confirmations, '[]'::jsonb) @> ?::jsonb)`, bindings: [JSON.stringify([{ unitId: caller.unitId }])] }
    : {
        sql: `NOT EXISTS (SELECT 1 FROM json_each(COALESCE(r.confirmations, '[]')) c WHERE json_extract(c.value, '$.unitId') = ?)`,
        bindings: [caller.unitId],
      };
};

const title = (record: Record<string, any>, language: 'zh' | 'en') =>
  `${record.project?.title ?? ''} · ${record.period}${language === 'zh' ? ' 协同效益' : ' synergy benefit'}`;

export const benefitTodoSources: TodoSource[] = [
  {
    id: 'benefit-confirmation',
    kind: 'confirmation',
    uid: BENEFIT_UID,
    label: { zh: '效益待确认', en: 'Benefit to confirm' },
    reason: {
      zh: '{from} 登记了项目协同效益，待各参与方确认；{mine} 是项目参与方，尚未确认',
      en: '{from} recorded the synergy benefit of a project; every party confirms it, and {mine} is a party that has not yet',
    },
    states: ['submitted'],
    waitsOn: { action: 'confirm' },
    whereSql: notConfirmedByCaller,
    sinceActions: ['submit'],
    populate: { project: { select: ['title'] } },
    title: (record, _context, language) => title(record, language),
    actions: ['confirm'],
  },
  {
    id: 'benefit-returned',
    kind: 'returned',
    uid: BENEFIT_UID,
    label: { zh: '效益被退回', en: 'Benefit returned' },
    reason: {
      zh: '项目参与方 {from} 退回了本单位登记的效益，请修改后重新提交；{mine} 是登记单位',
      en: '{from}, a party of the project, returned this benefit record: correct it and submit it again; {mine} recorded it',
    },
    states: ['draft'],
    enteredBy: ['return'],
    waitsOn: { action: 'submit' },
    fromActor: true,
    populate: { project: { select: ['title'] } },
    title: (record, _context, language) => title(record, language),
  },
];
