import { isFetchError } from '@strapi/strapi/admin';

export interface ApiFailure {
  status?: number;
  message: string;
  /** Actions allowed in the record's current state, sent with a 409. */
  allowed?: string[];
  /** Spreadsheet rows refused by an import, with their reasons. */
  rows?: Array<{ row: number; reason: string }>;
}

/** The server's own error message, and the allowed actions a conflict carries. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : String(error) };
  const body = error.response?.data?.error as { message?: string; details?: { allowed?: unknown; rows?: unknown } } | undefined;
  const allowed = body?.details?.allowed;
  const rows = body?.details?.rows;
  return {
    status: error.status,
    message: body?.message ?? error.message,
    allowed: Array.isArray(allowed) ? allowed.map(String) : undefined,
    rows: Array.isArray(rows) ? rows.map((r: any) => ({ row: Number(r.row), reason: String(r.reason) })) : undefined,
  };
};
