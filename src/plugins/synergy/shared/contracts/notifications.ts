/** Notifications: what the system tells one person, in-app and by e-mail. */

export const NOTIFICATION_KINDS = [
  'reminder',
  'overdue',
  'urge',
  'escalation',
  'assignment',
  'returned',
  'rejected',
  'meeting',
  'report-due',
  'catalogue-renewal',
  'filed',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One notification to send (notifier.send). */
export interface NotificationInput {
  /** A users-permissions user id. */
  recipientId: number;
  kind: NotificationKind;
  /** What it is about, e.g. a task's title; the e-mail subject adds the kind: 【协同督办】任务即将到期：<title>. */
  title: string;
  body?: string;
  /** The record it is about, linked from the e-mail when a public URL is configured. */
  subject?: { uid: string; documentId: string };
  /** Sending the same key again inserts nothing (e.g. `reminder:<task>:<date>`). */
  dedupeKey?: string;
  /** Also send an e-mail (default true). */
  email?: boolean;
}

export interface SendResult {
  inserted: number;
  /** Dedupe keys of the notifications this call inserted (keys already present are left out). */
  keys: string[];
}

export interface FlushResult {
  sent: number;
  failed: number;
}

/** A notification as the content API returns it (private e-mail bookkeeping left out). */
export interface NotificationItem {
  id: number;
  documentId: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  subjectUid: string | null;
  subjectDocumentId: string | null;
  readAt: string | null;
  emailedAt: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
}

/** GET /synergy/notifications (admin): the signed-in admin's own, the same rows the content API serves its person. */
export interface AdminNotificationsResponse {
  data: NotificationItem[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number } | { start: number; limit: number; total: number };
    unread: number;
    /** False when no intranet user shares the admin's membership: nothing is addressed to it (docs/modules/notifications.md). */
    linked: boolean;
  };
}

/** GET /api/notifications/unread-count, GET /synergy/notifications/unread-count */
export interface UnreadCountResponse {
  data: { unread: number };
}

/** POST /api/notifications/read-all */
export interface ReadAllResponse {
  data: { updated: number };
}
