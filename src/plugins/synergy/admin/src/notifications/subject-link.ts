/** Where a notification's record opens in the admin UI: its edit view in the content manager. */
import type { NotificationItem } from '../../../shared/contracts';

export const subjectPath = (item: Pick<NotificationItem, 'subjectUid' | 'subjectDocumentId'>): string | null =>
  item.subjectUid && item.subjectDocumentId
    ? `/content-manager/collection-types/${item.subjectUid}/${encodeURIComponent(item.subjectDocumentId)}`
    : null;
