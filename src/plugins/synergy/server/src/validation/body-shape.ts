/**
 * The shape of create/update data, checked against the type's schema before any rule reads it:
 * a pure function that lists what is wrong, each problem naming its path. Strapi's own validation
 * comes later and assumes these shapes (a `null` item in a repeatable component, a key named like
 * an `Object.prototype` member or a component that is not an object made it, or our own rules,
 * throw a TypeError — a 500 on user input). A number field's value is checked too: the content
 * manager's clone stores its body without Strapi's validation, and the database layer throws a
 * plain Error (a 500) on a value it cannot turn into a number. So is a relation's value: it must
 * be in the grammar Strapi reads (an id, a documentId, `{ id }` / `{ documentId }`, a list of
 * them, or `{ set, connect, disconnect }` of those), so a rule reading a relation never meets
 * `{ set: {} }` or `{ connect: [[1]] }`.
 */
export interface ShapeProblem {
  path: string[];
  message: string;
}

type AttributesOf = (uid: string) => Record<string, any> | undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keys that name a member every object inherits: never an attribute, and fatal to lookups by name. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);

/** What the database layer can store in a number column: a finite number, or a string that is one. */
const isStorableNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim())));

/** One record named in a relation: an id, a documentId, or an object carrying one (with Strapi's locale/status/position beside it). */
const isRelationRef = (value: unknown) => {
  if (typeof value === 'number') return Number.isInteger(value);
  if (typeof value === 'string') return value.trim() !== '';
  if (!isPlainObject(value)) return false;
  if ('documentId' in value) return typeof value.documentId === 'string' && value.documentId.trim() !== '';
  return 'id' in value && (typeof value.id === 'number' ? Number.isInteger(value.id) : typeof value.id === 'string' && value.id.trim() !== '');
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

const problem = (path: string[], en: string, zh: string): ShapeProblem => ({ path, message: `${path.join('.')}: ${en} (${zh})` });

export const bodyShapeProblems = (uid: string, data: unknown, attributesOf: AttributesOf, path: string[] = []): ShapeProblem[] => {
  if (!isPlainObject(data)) return [problem(path.length ? path : ['data'], 'must be an object', '应为对象')];
  const attributes = attributesOf(uid) ?? {};
  const problems: ShapeProblem[] = [];
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
        problems.push(problem(here, 'must name records: an id, a documentId, a list of them, or { set, connect, disconnect } of them', '应为记录的 id、documentId、它们的列表，或由它们组成的 { set, connect, disconnect }'));
      }
      continue;
    }
    if (NUMBER_TYPES.has(attribute.type)) {
      if (!isStorableNumber(value)) problems.push(problem(here, 'must be a number', '应为数字'));
      continue;
    }
    if (attribute.type === 'component') {
      if (attribute.repeatable) {
        if (!Array.isArray(value)) {
          problems.push(problem(here, 'must be a list', '应为列表'));
          continue;
        }
        value.forEach((item, index) => problems.push(...bodyShapeProblems(attribute.component, item, attributesOf, [...here, String(index)])));
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
        if (!isPlainObject(item) || typeof item.__component !== 'string') problems.push(problem(at, 'must be an object naming its __component', '应为注明 __component 的对象'));
        else problems.push(...bodyShapeProblems(item.__component, Object.fromEntries(Object.entries(item).filter(([k]) => k !== '__component' && k !== 'id')), attributesOf, at));
      });
    }
  }
  return problems;
};
