import type { Label } from './types';

/** Attributes the content manager adds to every content type (ids, timestamps, authors). */
export const COMMON_LABELS: Record<string, Label> = {
  id: ['编号', 'ID'],
  documentId: ['文档编号', 'Document ID'],
  createdAt: ['创建时间', 'Created at'],
  updatedAt: ['更新时间', 'Updated at'],
  publishedAt: ['发布时间', 'Published at'],
  createdBy: ['创建人', 'Created by'],
  updatedBy: ['更新人', 'Updated by'],
};
