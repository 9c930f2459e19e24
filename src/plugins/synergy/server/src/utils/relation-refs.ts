/**
 * Reads the records a relation value in a Document Service write points at, in every shape
 * Strapi accepts: 12, "docId", [..], { id }, { documentId }, { set, connect, disconnect }.
 */
export interface RelationRef {
  id?: number;
  documentId?: string;
}

export interface RelationChange {
  /** Records the write links (set or connect). */
  linked: RelationRef[];
  /** True when the write removes links (disconnect, set to [] or null). */
  unlinks: boolean;
}

/** The largest id the id column (PostgreSQL int4) holds: a larger number in a lookup is a database error, not "no such record". */
export const MAX_RECORD_ID = 2147483647;

/** Whether a value a client sent can name a record by id: a whole number from 1 to MAX_RECORD_ID. */
export const isRecordId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_RECORD_ID;

const isNumeric = (value: unknown) =>
  (typeof value === 'number' || typeof value === 'string') && !Number.isNaN(parseInt(String(value), 10));

const toRef = (value: unknown): RelationRef | null => {
  if (value === null || value === undefined) return null;
  if (isNumeric(value)) return { id: parseInt(String(value), 10) };
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if (item.documentId !== undefined) return { documentId: String(item.documentId) };
    if (item.id !== undefined && isNumeric(item.id)) return { id: parseInt(String(item.id), 10) };
  }
  return null;
};

const refsOf = (value: unknown): RelationRef[] => {
  const items = Array.isArray(value) ? value : [value];
  return items.map(toRef).filter((ref): ref is RelationRef => ref !== null);
};

export const readRelationChange = (value: unknown): RelationChange => {
  if (value === null) return { linked: [], unlinks: true };
  if (Array.isArray(value)) return { linked: refsOf(value), unlinks: value.length === 0 };
  if (typeof value === 'object' && value !== null) {
    const item = value as Record<string, unknown>;
    if ('set' in item || 'connect' in item || 'disconnect' in item) {
      const set = item.set === undefined ? [] : refsOf(item.set);
      const connect = item.connect === undefined ? [] : refsOf(item.connect);
      const disconnect = item.disconnect === undefined ? [] : refsOf(item.disconnect);
      const clears = item.set !== undefined && set.length === 0;
      return { linked: [...set, ...connect], unlinks: disconnect.length > 0 || clears };
    }
  }
  return { linked: refsOf(value), unlinks: false };
};

/**
 * Whether a relation value changes nothing: `{ connect: [], disconnect: [] }` (either key may be
 * missing, `set` must be). The admin edit view sends this for every relation the user did not
 * touch, so it must read as "not sent", never as "emptied".
 */
export const isUntouchedRelation = (value: unknown): boolean => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const item = value as Record<string, unknown>;
  const keys = Object.keys(item);
  if (keys.length === 0 || keys.some((key) => key !== 'connect' && key !== 'disconnect')) return false;
  const empty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
  return empty(item.connect) && empty(item.disconnect);
};
