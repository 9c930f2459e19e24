/** What waits on whom for exemption requests: submissions the units above the buyer approve or reject (with a comment, so from the record itself). */
import type { TodoSource } from '../../plugins/synergy/public';
import { EXEMPTION_UID } from '../../kernel/uids';

export const exemptionTodoSources: TodoSource[] = [
  {
    id: 'exemption-review',
    kind: 'review',
    uid: EXEMPTION_UID,
    label: { zh: '外购豁免审批', en: 'Exemption request review' },
    reason: {
      zh: '{from} 申请在集团外采购（豁免），待上级单位审批；{mine} 是其上级单位',
      en: '{from} asks to buy outside the group (an exemption) and needs a unit above it to decide; {mine} is one of them',
    },
    states: ['submitted'],
    waitsOn: { action: 'approve' },
    sinceActions: ['submit'],
    populate: { demand: { select: ['title'] } },
    title: (record, _context, language) =>
      `${language === 'zh' ? '外购豁免：' : 'Exemption: '}${record.demand?.title ?? record.catalogueEntryName ?? ''}`,
  },
];
