import { isFetchError } from '@strapi/strapi/admin';

export interface ApiFailure {
  status?: number;
  message: string;
  /** Actions allowed in the record's current state, sent with a 409. */
  allowed?: string[];
}

/** The server's own error message, and the allowed actions a conflict carries. */
export const toApiFailure = (error: unknown): ApiFailure => {
  if (!isFetchError(error)) return { message: error instanceof Error ? error.message : String(error) };
  const body = error.response?.data?.error as { message?: string; details?: { allowed?: unknown } } | undefined;
  const allowed = body?.details?.allowed;
  return {
    status: error.status,
    message: body?.message ?? error.message,
    allowed: Array.isArray(allowed) ? allowed.map(String) : undefined,
  };
};
