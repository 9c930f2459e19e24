/** The e-mail of a notification: Chinese subject, plain text and simple HTML, with a link when a public URL is configured. */
import type { NotificationKind } from '../../../../shared/contracts';

export const KIND_LABELS: Record<NotificationKind, string> = {
  reminder: '任务即将到期',
  overdue: '任务已逾期',
  urge: '催办',
  escalation: '逾期升级',
  assignment: '新交办事项',
  returned: '已退回',
  rejected: '已驳回',
  meeting: '会议通知',
  'report-due': '报告待提交',
  'catalogue-renewal': '目录更新提醒',
  filed: '备案告知',
  system: '系统通知',
};

const SUPERVISION: NotificationKind[] = ['reminder', 'overdue', 'urge', 'escalation', 'assignment'];

export interface EmailSource {
  kind: NotificationKind;
  title: string;
  body: string | null;
  subjectUid: string | null;
  subjectDocumentId: string | null;
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

const UID_PATTERN = /^[a-z0-9-]+::[a-z0-9-]+\.[a-z0-9-]+$/i;
const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The record in the admin UI under the public URL, or null when there is no URL or no well-formed subject. */
export const subjectLink = (publicUrl: string | null | undefined, uid: string | null, documentId: string | null): string | null => {
  if (!publicUrl || !uid || !documentId || !UID_PATTERN.test(uid) || !DOCUMENT_ID_PATTERN.test(documentId)) return null;
  return `${publicUrl.replace(/\/+$/, '')}/admin/content-manager/collection-types/${uid}/${documentId}`;
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** "任务即将到期：<title>", without repeating the kind when the title already starts with it. */
export const headline = (kind: NotificationKind, title: string): string => {
  const label = KIND_LABELS[kind];
  const clean = oneLine(title);
  return clean.startsWith(label) ? clean : `${label}：${clean}`;
};

export const renderEmail = (source: EmailSource, recipientName: string, publicUrl?: string | null): EmailMessage => {
  const tag = SUPERVISION.includes(source.kind) ? '【协同督办】' : '【协同平台】';
  const line = headline(source.kind, source.title);
  const link = subjectLink(publicUrl, source.subjectUid, source.subjectDocumentId);
  const body = source.body?.trim() || null;
  const greeting = `${oneLine(recipientName) || '您'}，您好：`;
  const footer = '此邮件由协同督办平台自动发送，请勿直接回复。';

  const text = [greeting, '', line, ...(body ? [body] : []), ...(link ? ['', `查看详情：${link}`] : []), '', footer].join('\n');
  const html = [
    '<div style="font-family:sans-serif;font-size:14px;line-height:1.6">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p><strong>${escapeHtml(line)}</strong></p>`,
    ...(body ? [`<p>${escapeHtml(body).replace(/\r?\n/g, '<br>')}</p>`] : []),
    ...(link ? [`<p><a href="${escapeHtml(link)}">查看详情</a></p>`] : []),
    `<p style="color:#888;font-size:12px">${footer}</p>`,
    '</div>',
  ].join('\n');

  return { subject: `${tag}${line}`, text, html };
};
