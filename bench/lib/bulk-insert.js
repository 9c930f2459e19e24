/**
 * Rows straight into a content type's tables, below the Document Service (a bench needs tens of
 * thousands of them in seconds): knex batch inserts of the rows and of their many-to-one links,
 * in one transaction, then their scope keys derived in one statement. Table and column names
 * come from Strapi's metadata, not guesses.
 */

/** A unique 24-character lowercase document id (the shape Strapi's cuid2 ids have). */
const documentIdFor = (prefix, i) => `${prefix}${i.toString(36).padStart(24 - prefix.length, '0')}`;

/**
 * Inserts `rows`, each { fields, links }: `fields` by attribute name (timestamps included),
 * `links` a target row id by relation attribute, the same keys in every row. Row i gets the
 * document id documentIdFor(prefix, i), so `prefix` must be new to the table. Returns the table's
 * name and the join tables used, by relation.
 */
const insertRows = async (strapi, uid, rows, { prefix, chunkSize = 500 }) => {
  const meta = strapi.db.metadata.get(uid);
  const columnOf = (attribute) => {
    const column = meta.attributes[attribute] && meta.attributes[attribute].columnName;
    if (!column) throw new Error(`${uid} has no column for ${attribute}`);
    return column;
  };
  const first = rows[0] || { fields: {}, links: {} };
  const columns = Object.keys(first.fields).map((attribute) => [attribute, columnOf(attribute)]);
  const documentIdColumn = columnOf('documentId');
  const records = rows.map(({ fields }, i) => {
    const record = { [documentIdColumn]: documentIdFor(prefix, i) };
    for (const [attribute, column] of columns) record[column] = fields[attribute];
    return record;
  });
  const joinTables = Object.fromEntries(Object.keys(first.links).map((relation) => [relation, meta.attributes[relation].joinTable]));
  await strapi.db.connection.transaction(async (trx) => {
    await trx.batchInsert(meta.tableName, records, chunkSize);
    const inserted = await trx(meta.tableName).select('id', documentIdColumn).where(documentIdColumn, 'like', `${prefix}%`);
    const idOf = new Map(inserted.map((row) => [row[documentIdColumn], row.id]));
    if (idOf.size !== rows.length) throw new Error(`inserted ${idOf.size} rows into ${meta.tableName}, expected ${rows.length}`);
    for (const [relation, join] of Object.entries(joinTables)) {
      const links = rows.map(({ links: targets }, i) => ({
        [join.joinColumn.name]: idOf.get(records[i][documentIdColumn]),
        [join.inverseJoinColumn.name]: targets[relation],
      }));
      await trx.batchInsert(join.name, links, chunkSize);
    }
  });
  await strapi.plugin('synergy').service('scope-keys').refresh(uid);
  return { table: meta.tableName, joinTables };
};

/** One monthly indicator value of a unit, as insertRows takes it (pushed by a system, revision 1, nothing excluded). */
const monthlyValueRow = (unit, item, year, month, value, at) => ({
  fields: {
    year,
    periodKind: 'month',
    periodNumber: month,
    value,
    adjustedValue: value,
    exclusionState: 'no-exclusion',
    source: 'system-push',
    revision: 1,
    createdAt: at,
    updatedAt: at,
  },
  links: { ownerUnit: unit.id, indicator: item.id },
});

module.exports = { insertRows, monthlyValueRow };
