/**
 * Integer fields that name something rather than count it — a year, a period's number, a version
 * or revision number, a rank — shown as their digits: the content manager formats every integer
 * with the locale's grouping, so a year read "2,026" in forms and lists. Counts and quantities keep
 * the grouping, which helps reading them.
 */
export const PLAIN_INTEGERS = new Set([
  'year',
  'periodNumber',
  'version',
  'versionNo',
  'signedVersionNo',
  'schemeVersion',
  'sheetVersion',
  'revision',
  'revisionNo',
  'rank',
  'eligibleRank',
]);

/** The attribute name of a form field's path (`items.0.year` → `year`). */
export const isPlainInteger = (name: string) => PLAIN_INTEGERS.has(name.split('.').pop() ?? name);
