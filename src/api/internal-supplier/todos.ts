/** What waits on whom for internal suppliers: applications HQ admits or rejects. */
import type { TodoSource } from '../../plugins/synergy/public';
import { SUPPLIER_UID } from '../../kernel/uids';

const ENTRY_TYPE: Record<string, { zh: string; en: string }> = {
  product: { zh: '产品', en: 'products' },
  engineering: { zh: '工程', en: 'engineering' },
  service: { zh: '服务', en: 'services' },
  resource: { zh: '资源', en: 'resources' },
};

export const internalSupplierTodoSources: TodoSource[] = [
  {
    id: 'supplier-application-review',
    kind: 'review',
    uid: SUPPLIER_UID,
    label: { zh: '内部供应商准入', en: 'Supplier application' },
    reason: {
      zh: '{from} 申请成为内部供应商，由集团总部准入；{mine} 负责供应商准入',
      en: '{from} applies to be an internal supplier; HQ admits suppliers, and {mine} is HQ',
    },
    states: ['applied'],
    waitsOn: { action: 'admit' },
    title: (record, _context, language) =>
      [record.ownerUnit?.name, ENTRY_TYPE[record.entryType]?.[language], record.subCategory].filter(Boolean).join(' · '),
    actions: ['admit'],
  },
];
