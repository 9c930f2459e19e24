/**
 * The content manager knows what a role may do to a type; whether this record may change now is
 * the server's rules' to say (a submitted benefit record, a given evaluation, an append-only
 * progress report, another unit's published demand…). The server answers it per record
 * (GET /synergy/documents/:uid/:documentId/permissions, a rolled-back trial of the write), and
 * this admin RBAC middleware takes the content manager's update and delete permissions away on
 * the edit view of a record the server would refuse: its fields show read-only and no save or
 * delete is offered that can only fail. The server enforces the rules either way.
 *
 * The content manager checks permissions again when the page's query changes: after a transition
 * the workflow panel puts the new state in the query (`?state=…`), so the verdict is asked anew.
 */
import { getFetchClient, type RBACMiddleware } from '@strapi/strapi/admin';

export interface WriteVerdict {
  allowed: boolean;
  reason?: string;
}
export interface RecordVerdicts {
  update: WriteVerdict;
  delete: WriteVerdict;
}

const UPDATE = 'plugin::content-manager.explorer.update';
const DELETE = 'plugin::content-manager.explorer.delete';
/** …/content-manager/collection-types/<uid>/<documentId> (not …/create, not a clone). */
const EDIT_VIEW = /\/content-manager\/collection-types\/([^/]+)\/([^/]+)$/;
/** One page render checks permissions several times: one question serves them for a moment. */
const FRESH_FOR_MS = 3000;

const asked = new Map<string, { at: number; verdicts: Promise<RecordVerdicts | null> }>();

/** The server's verdicts on one record, or null when it gave none (the rules still apply on save). */
export const recordVerdicts = (uid: string, documentId: string, query = ''): Promise<RecordVerdicts | null> => {
  const key = `${uid}/${documentId}?${query}`;
  const known = asked.get(key);
  if (known && Date.now() - known.at < FRESH_FOR_MS) return known.verdicts;
  for (const [other, entry] of asked) if (Date.now() - entry.at >= FRESH_FOR_MS) asked.delete(other);
  const path = `/synergy/documents/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}/permissions`;
  const verdicts = getFetchClient()
    .get<{ data: RecordVerdicts }>(path)
    .then(({ data }) => data.data)
    .catch(() => null);
  asked.set(key, { at: Date.now(), verdicts });
  return verdicts;
};

/** The edit view's record, from the admin's path: [uid, documentId], or null elsewhere. */
export const editedRecord = (pathname: string): [string, string] | null => {
  const match = EDIT_VIEW.exec(pathname);
  if (!match || match[2] === 'create') return null;
  return [decodeURIComponent(match[1]), decodeURIComponent(match[2])];
};

export const recordPermissions: RBACMiddleware =
  ({ pathname, search }) =>
  (next) =>
  async (permissions) => {
    const record = editedRecord(pathname);
    if (!record) return next(permissions);
    const [uid, documentId] = record;
    const concerns = (action: string) => permissions.some((p) => p.subject === uid && p.action === action);
    if (!concerns(UPDATE) && !concerns(DELETE)) return next(permissions);
    const verdicts = await recordVerdicts(uid, documentId, search);
    if (!verdicts) return next(permissions);
    const refused = (action: string) => (action === UPDATE && !verdicts.update.allowed) || (action === DELETE && !verdicts.delete.allowed);
    return next(permissions.filter((p) => p.subject !== uid || !refused(p.action)));
  };
