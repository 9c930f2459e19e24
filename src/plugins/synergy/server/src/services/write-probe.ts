/**
 * Whether the caller may change or delete one record, answered the only way that cannot drift
 * from the rules: the write is tried, through the Document Service and so through every document
 * middleware of the caller's door (scope, workflow, append-only types, "only a draft changes"…),
 * inside a transaction that is always rolled back. Nothing is written and no event goes out
 * (Strapi emits document events on commit). An update probe sends no field: it asks whether the
 * record may change at all, not whether some value is valid.
 *
 * The admin's edit view asks before it offers a form (GET /synergy/documents/:uid/:documentId/
 * permissions), so a record the server refuses to change is shown read-only with the reason.
 */
import type { Core } from '@strapi/strapi';

export type WriteVerdict = { allowed: true } | { allowed: false; reason: string };
export type ProbedWrite = 'update' | 'delete';

/** Thrown inside the transaction once the write went through, to roll it back. */
class ProbeSucceeded extends Error {}

/** Errors that are a refusal of the caller's request (4xx), from either compiled copy of @strapi/utils. */
const REFUSALS = new Set([
  'ValidationError',
  'ForbiddenError',
  'PolicyError',
  'NotFoundError',
  'UnauthorizedError',
  'ConflictError',
  'ApplicationError',
]);
const isRefusal = (error: unknown): error is Error => error instanceof Error && REFUSALS.has(error.name);

const createWriteProbe = ({ strapi }: { strapi: Core.Strapi }) => {
  const attempt = async (write: () => Promise<unknown>): Promise<WriteVerdict> => {
    if (strapi.db.inTransaction()) throw new Error('A write probe cannot run inside a transaction: it could not roll back alone');
    try {
      await strapi.db.transaction(async () => {
        await write();
        throw new ProbeSucceeded();
      });
    } catch (error) {
      if (error instanceof ProbeSucceeded) return { allowed: true };
      if (isRefusal(error)) return { allowed: false, reason: error.message };
      throw error;
    }
    return { allowed: true };
  };

  return {
    /** Whether `write` of the record would be accepted for the current request's caller. */
    probe(uid: string, documentId: string, write: ProbedWrite): Promise<WriteVerdict> {
      const documents = strapi.documents(uid as any);
      return attempt(() =>
        write === 'update' ? documents.update({ documentId, data: {} } as any) : documents.delete({ documentId } as any)
      );
    },
  };
};

export default createWriteProbe;
