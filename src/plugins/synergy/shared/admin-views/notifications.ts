/** Notifications: written by the notifier only; HQ reads them. */
import type { AdminView } from './types';

export const NOTIFICATION_VIEWS: Record<string, AdminView> = {
  'api::notification.notification': {
    labels: {
      recipient: ['收件人', 'Recipient'],
      kind: ['通知类型', 'Kind'],
      title: ['标题', 'Title'],
      body: ['内容', 'Body'],
      subjectUid: ['关联类型', 'Subject type'],
      subjectDocumentId: ['关联记录', 'Subject record'],
      readAt: ['已读时间', 'Read at'],
      dedupeKey: ['去重键', 'Deduplication key'],
      emailStatus: ['邮件状态', 'E-mail status'],
      emailAttempts: ['邮件尝试次数', 'E-mail attempts'],
      emailClaim: ['邮件发送批次', 'E-mail batch'],
      emailedAt: ['邮件时间', 'E-mailed at'],
      emailError: ['邮件错误', 'E-mail error'],
    },
    list: ['title', 'kind', 'recipient', 'readAt', 'emailStatus', 'createdAt'],
    sort: ['createdAt', 'DESC'],
    readOnly: ['recipient', 'kind', 'title', 'body', 'subjectUid', 'subjectDocumentId', 'readAt', 'emailStatus', 'emailAttempts', 'emailedAt', 'emailError'],
    hidden: ['dedupeKey', 'emailClaim'],
    mainField: 'title',
  },
};
