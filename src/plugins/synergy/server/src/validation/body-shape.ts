/**
 * The shape of create/update data, checked against the type's schema before any rule reads it:
 * a pure function that lists what is wrong, each problem naming its path. Strapi's own validation
 * comes later and assumes these shapes (a `null` item in a repeatable component, a key named like
 * an `Object.prototype` member or a component that is not an object made it, or our own rules,
 * throw a TypeError — a 500 on user input). A number field's value is checked too: the content
 * manager's clone stores its body without Strapi's validation, and the database layer throws a
 * plain Error (a 500) on a value it cannot turn into a number, and PostgreSQL refuses one outside
 * its column's range (int4, int8, decimal(10,2)), or a JSON field's text that does not parse. So is a relation's value: it must
 * be in the grammar Strapi reads (an id, a documentId, `{ id }` / `{ documentId }`, a list of
 * them, or `{ set, connect, disconnect }` of those), so a rule reading a relation never meets
 * `{ set: {} }` or `{ connect: [[1]] }`.
 *
 * Text, enumeration and date values are checked here too, for every attribute: Strapi's validator
 * skips an attribute declared `writable: false` altogether (the content manager sends such fields,
 * and nothing strips them there), and has no length check where the schema gives no maxLength. So
 * an enumeration value outside its list, a text over the 255 characters of a varchar column or a
 * date PostgreSQL refuses (year 0) reached the database — a 500 on PostgreSQL, stored on SQLite.
 */
import { problemAt, type Problem } from '../utils/errors';

type AttributesOf = (uid: string) => Record<string, any> | undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keys that name a member every object inherits: never an attribute, and fatal to lookups by name. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The columns Strapi makes for number fields, as PostgreSQL enforces them (SQLite stores anything,
 * PostgreSQL refuses with an error that was a 500): integer is int4, biginteger int8, decimal
 * decimal(10,2), float a double.
 */
const INT4 = { min: -2147483648, max: 2147483647 };
const INT8 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const DECIMAL_MAX = 99_999_999.99;
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);

/** Why a number field's value cannot be stored, in both languages; null when it can. */
const numberProblem = (type: string, value: unknown): [string, string] | null => {
  const text = typeof value === 'string' ? value.trim() : undefined;
  const number = typeof value === 'number' ? value : text ? Number(text) : NaN;
  if (!Number.isFinite(number)) return ['must be a number', '应为数字'];
  if (type === 'integer' || type === 'biginteger') {
    if (!Number.isInteger(number)) return ['must be a whole number', '应为整数'];
    const range = type === 'integer' ? INT4 : INT8;
    const exact = text !== undefined && /^[+-]?\d+$/.test(text) ? BigInt(text) : BigInt(number);
    if (exact < BigInt(range.min) || exact > BigInt(range.max))
      return [`must be between ${range.min} and ${range.max}`, `应在 ${range.min} 与 ${range.max} 之间`];
  }
  if (type === 'decimal' && Math.abs(Math.round(number * 100) / 100) > DECIMAL_MAX) {
    return [`must be between -${DECIMAL_MAX} and ${DECIMAL_MAX}`, `应在 -${DECIMAL_MAX} 与 ${DECIMAL_MAX} 之间`];
  }
  return null;
};

/** Types Strapi keeps in a varchar(255) column (a password is stored hashed, so its length is not the column's). */
const VARCHAR_TYPES = new Set(['string', 'email', 'uid', 'enumeration']);
const TEXT_TYPES = new Set([...VARCHAR_TYPES, 'text', 'richtext']);
const VARCHAR_LENGTH = 255;
/** A calendar date as Strapi's date field reads it: YYYY-MM-DD at the start. */
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/** Characters as PostgreSQL counts them (code points), without spreading a long text when its length already decides. */
const characters = (text: string) => (text.length <= VARCHAR_LENGTH ? text.length : Array.from(text).length);

/** Why a text or enumeration value cannot be stored, in both languages; null when it can. */
const textProblem = (attribute: any, value: unknown): [string, string] | null => {
  if (typeof value === 'object') return ['must be text', '应为文本'];
  if (attribute.type === 'enumeration') {
    const values: string[] = Array.isArray(attribute.enum) ? attribute.enum : [];
    return typeof value === 'string' && values.includes(value)
      ? null
      : [`must be one of: ${values.join(', ')}`, `应为以下之一：${values.join('、')}`];
  }
  // Strapi's required check refuses "" but takes "   ": a required text of spaces only says nothing either.
  if (attribute.required && typeof value === 'string' && value !== '' && value.trim() === '') return ['must not be blank', '不能只填空格'];
  if (VARCHAR_TYPES.has(attribute.type) && typeof value === 'string' && characters(value) > VARCHAR_LENGTH)
    return [`must be at most ${VARCHAR_LENGTH} characters`, `最多 ${VARCHAR_LENGTH} 个字符`];
  return null;
};

/** Whether a date field's value is a calendar date PostgreSQL stores (years 1 to 9999; it has no year 0). */
const isStorableDate = (value: unknown) => {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  const match = typeof value === 'string' ? DATE_PREFIX.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const parsesAsJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A record id must fit the id column, as a number and as Strapi reads a string (anything parseInt reads a number from). */
const fitsIdColumn = (value: number | string) => {
  const id = typeof value === 'number' ? value : parseInt(value, 10);
  return Number.isNaN(id) || (id >= INT4.min && id <= INT4.max);
};

/** One record named in a relation: an id, a documentId, or an object carrying one (with Strapi's locale/status/position beside it). */
const isRelationRef = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isInteger(value) && fitsIdColumn(value);
  if (typeof value === 'string') return value.trim() !== '' && fitsIdColumn(value);
  if (!isPlainObject(value)) return false;
  if ('documentId' in value) return typeof value.documentId === 'string' && value.documentId.trim() !== '';
  // `{ id }` is looked up by id as given: text that is not a whole number (PostgreSQL: invalid input for
  // integer) failed the Document Service's transaction, where a bare string is read as a documentId.
  if (!('id' in value)) return false;
  if (typeof value.id === 'number') return isRelationRef(value.id);
  return typeof value.id === 'string' && /^\d+$/.test(value.id) && fitsIdColumn(value.id);
};
const isRelationRefs = (value: unknown) => (Array.isArray(value) ? value.every(isRelationRef) : isRelationRef(value));
const LONGHAND = new Set(['set', 'connect', 'disconnect']);

/** Whether a relation (or media) value is one Strapi reads: null, refs, or `{ set, connect, disconnect }` of refs. */
const isRelationValue = (value: unknown) => {
  if (isRelationRefs(value)) return true;
  if (!isPlainObject(value) || 'id' in value || 'documentId' in value) return false;
  const keys = Object.keys(value);
  return keys.every((key) => (LONGHAND.has(key) ? value[key] === null || isRelationRefs(value[key]) : key === 'options'));
};

/** A problem at `path`, each language naming the path too: joined with others, a message must still say where. */
const problem = (path: string[], en: string, zh: string): Problem =>
  problemAt(path, `${path.join('.')}: ${en}`, `${path.join('.')}: ${zh}`);

export const bodyShapeProblems = (uid: string, data: unknown, attributesOf: AttributesOf, path: string[] = []): Problem[] => {
  if (!isPlainObject(data)) return [problem(path.length ? path : ['data'], 'must be an object', '应为对象')];
  const attributes = attributesOf(uid) ?? {};
  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    const here = [...path, key];
    const own = Object.prototype.hasOwnProperty.call(attributes, key);
    if (!own) {
      if (INHERITED.has(key) || key === '__proto__') problems.push(problem(here, 'is not a field of this record', '不是该记录的字段'));
      continue;
    }
    const attribute = attributes[key];
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') {
      if (!isRelationValue(value)) {
        problems.push(
          problem(
            here,
            'must name records: an id, a documentId, a list of them, or { set, connect, disconnect } of them',
            '应为记录的 id、documentId、它们的列表，或由它们组成的 { set, connect, disconnect }'
          )
        );
      }
      continue;
    }
    if (attribute.type === 'json') {
      // The database layer stores a string as the JSON text itself: PostgreSQL refuses one that does not parse.
      if (typeof value === 'string' && !parsesAsJson(value))
        problems.push(problem(here, 'must be JSON (a text value is read as JSON text)', '应为 JSON（文本值按 JSON 文本读取）'));
      continue;
    }
    if (TEXT_TYPES.has(attribute.type)) {
      const wrong = textProblem(attribute, value);
      if (wrong) problems.push(problem(here, ...wrong));
      continue;
    }
    if (attribute.type === 'date') {
      if (!isStorableDate(value)) problems.push(problem(here, 'must be a date (YYYY-MM-DD)', '应为日期（YYYY-MM-DD）'));
      continue;
    }
    if (NUMBER_TYPES.has(attribute.type)) {
      const wrong = numberProblem(attribute.type, value);
      if (wrong) problems.push(problem(here, ...wrong));
      continue;
    }
    if (attribute.type === 'component') {
      if (attribute.repeatable) {
        if (!Array.isArray(value)) {
          problems.push(problem(here, 'must be a list', '应为列表'));
          continue;
        }
        value.forEach((item, index) =>
          problems.push(...bodyShapeProblems(attribute.component, item, attributesOf, [...here, String(index)]))
        );
      } else {
        problems.push(...bodyShapeProblems(attribute.component, value, attributesOf, here));
      }
    } else if (attribute.type === 'dynamiczone') {
      if (!Array.isArray(value)) {
        problems.push(problem(here, 'must be a list', '应为列表'));
        continue;
      }
      value.forEach((item, index) => {
        const at = [...here, String(index)];
        if (!isPlainObject(item) || typeof item.__component !== 'string')
          problems.push(problem(at, 'must be an object naming its __component', '应为注明 __component 的对象'));
        else
          problems.push(
            ...bodyShapeProblems(
              item.__component,
              Object.fromEntries(Object.entries(item).filter(([k]) => k !== '__component' && k !== 'id')),
              attributesOf,
              at
            )
          );
      });
    }
  }
  return problems;
};
