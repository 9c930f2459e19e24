/**
 * Documents and their relation links written set-based below the Document Service, for scans
 * that create many records at once: rows as Strapi itself would write them (document id,
 * timestamps, published as types without drafts are), through the plugin's insertRows (one
 * statement per database, not a loop). Callers refresh scope keys afterwards.
 */
import { insertRows, type ColumnTypes, newDocumentIds } from '../plugins/synergy/public';

const DOCUMENT_COLUMNS: ColumnTypes = {
  document_id: 'varchar',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  published_at: 'timestamp',
};

/** Inserts rows of `uid` (column → type in `types`); rows whose `uniqueColumn` value exists already are skipped. Returns the inserted rows' id and that column. */
export const insertDocuments = async (
  uid: string,
  types: ColumnTypes,
  rows: Array<Record<string, unknown>>,
  now: Date,
  { trx, uniqueColumn }: { trx: any; uniqueColumn: string }
): Promise<Array<{ id: number; key: string }>> => {
  const table = strapi.db.metadata.get(uid).tableName;
  const ids = newDocumentIds(rows.length);
  const values = rows.map((row, i) => ({ document_id: ids[i], created_at: now, updated_at: now, published_at: now, ...row }));
  const inserted = await insertRows<Record<string, any>>(
    strapi,
    trx,
    table,
    { ...DOCUMENT_COLUMNS, ...types },
    values,
    `ON CONFLICT (${uniqueColumn}) DO NOTHING RETURNING id, ${uniqueColumn}`
  );
  return inserted.map((row) => ({ id: Number(row.id), key: row[uniqueColumn] }));
};

/** Link rows of a to-one relation `attribute` of `uid`: [record id, target id] pairs. */
export const insertLinks = async (uid: string, attribute: string, pairs: Array<[number, number]>, trx: any) => {
  const joinTable = (strapi.db.metadata.get(uid).attributes[attribute] as any)?.joinTable;
  if (!joinTable) throw new Error(`${uid}.${attribute} is not a relation with a link table`);
  const from = joinTable.joinColumn.name;
  const to = joinTable.inverseJoinColumn.name;
  await insertRows(
    strapi,
    trx,
    joinTable.name,
    { [from]: 'integer', [to]: 'integer' },
    pairs.map(([a, b]) => ({ [from]: a, [to]: b }))
  );
};

/** Ids per UPDATE … WHERE id IN (…): far below SQLite's and PostgreSQL's parameter limits. */
const UPDATE_BATCH = 500;

/** Sets the same columns on the rows of `uid` with these ids, in batches, inside `trx`. */
export const updateByIds = async (uid: string, ids: number[], data: Record<string, unknown>, trx: any) => {
  const table = strapi.db.metadata.get(uid).tableName;
  for (let i = 0; i < ids.length; i += UPDATE_BATCH) {
    await strapi.db
      .connection(table)
      .transacting(trx)
      .whereIn('id', ids.slice(i, i + UPDATE_BATCH))
      .update(data);
  }
};
