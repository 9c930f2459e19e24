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

/** The column type of each Strapi attribute type a record writes (relations are links, not columns). */
const TYPE_OF: Record<string, ColumnTypes[string]> = {
  string: 'varchar',
  uid: 'varchar',
  enumeration: 'varchar',
  text: 'text',
  richtext: 'text',
  email: 'varchar',
  integer: 'integer',
  biginteger: 'numeric',
  decimal: 'numeric',
  float: 'numeric',
  boolean: 'boolean',
  datetime: 'timestamp',
  json: 'jsonb',
};

/**
 * Inserts records of `uid` given by attribute name (scalars and JSON; the same attributes in every
 * record), as the Document Service would store them: a new document id each, created, updated and
 * published now (types without drafts are published), no locale (the type is not localized).
 * Columns and types come from Strapi's metadata; the caller links the relations (insertLinks) and
 * then refreshes the scope keys of the ids returned (scope-keys refreshRows). `skipConflictsOn` (an attribute with a unique index) skips records that exist already;
 * otherwise a duplicate is the database's unique violation. Returns each inserted record's id,
 * document id and `keyAttribute` value, in no particular order.
 */
export const insertRecords = async (
  uid: string,
  records: Array<Record<string, unknown>>,
  now: Date,
  { trx, keyAttribute, skipConflictsOn }: { trx: any; keyAttribute: string; skipConflictsOn?: string }
): Promise<Array<{ id: number; documentId: string; key: string }>> => {
  if (records.length === 0) return [];
  const meta: any = strapi.db.metadata.get(uid);
  const postgres = (strapi.db as any).dialect.client === 'postgres';
  const attributes = Object.keys(records[0]);
  const types: ColumnTypes = {};
  const columnOf = (attribute: string) => {
    const column = meta.attributes[attribute]?.columnName;
    const type = TYPE_OF[meta.attributes[attribute]?.type];
    if (!column || !type) throw new Error(`${uid}.${attribute} is not a column insertRecords writes`);
    return { column, type };
  };
  for (const attribute of attributes) {
    const { column, type } = columnOf(attribute);
    types[column] = type;
  }
  const key = columnOf(keyAttribute).column;
  const ids = newDocumentIds(records.length);
  const rows = records.map((record, i) => {
    const row: Record<string, unknown> = { document_id: ids[i], created_at: now, updated_at: now, published_at: now };
    for (const attribute of attributes) {
      const value = record[attribute];
      const { column, type } = columnOf(attribute);
      // JSON as its text (PostgreSQL casts it to jsonb; SQLite stores the text, as Strapi does); booleans as 0/1 on SQLite.
      row[column] =
        type === 'jsonb'
          ? value === null || value === undefined
            ? null
            : JSON.stringify(value)
          : type === 'boolean' && !postgres && typeof value === 'boolean'
            ? Number(value)
            : value;
    }
    return row;
  });
  const conflict = skipConflictsOn ? `ON CONFLICT (${columnOf(skipConflictsOn).column}) DO NOTHING ` : '';
  const inserted = await insertRows<Record<string, any>>(
    strapi,
    trx,
    meta.tableName,
    { ...DOCUMENT_COLUMNS, ...types },
    rows,
    `${conflict}RETURNING id, document_id, ${key}`
  );
  return inserted.map((row) => ({ id: Number(row.id), documentId: row.document_id, key: row[key] }));
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
