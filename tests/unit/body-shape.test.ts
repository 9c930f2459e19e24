/** The shape check of create/update data (validation/body-shape): what it refuses, naming the field, and what it lets through. */
import { bodyShapeProblems } from '../../src/plugins/synergy/server/src/validation/body-shape';

const SCHEMAS: Record<string, Record<string, any>> = {
  'api::thing.thing': {
    title: { type: 'string' },
    amount: { type: 'decimal' },
    count: { type: 'integer' },
    steps: { type: 'component', repeatable: true, component: 'x.step' },
  },
  'x.step': { name: { type: 'string' }, percent: { type: 'integer' } },
};
const problems = (data: unknown) => bodyShapeProblems('api::thing.thing', data, (uid) => SCHEMAS[uid]).map((p) => p.path.join('.'));

describe('body shape', () => {
  it('lets numbers, numeric strings and nulls into number fields', () => {
    expect(problems({ amount: 1.5, count: '12', steps: [{ percent: ' 40 ' }] })).toEqual([]);
    expect(problems({ amount: null, count: undefined })).toEqual([]);
  });

  it('refuses a number field value the database cannot store, at any depth', () => {
    for (const value of ['x', '', ' ', 'Infinity', '1e999', true, {}, [], [[[]]]]) {
      expect([value, problems({ count: value })]).toEqual([value, ['count']]);
    }
    expect(problems({ steps: [{ percent: 'lots' }] })).toEqual(['steps.0.percent']);
  });

  it('says what is wrong in both languages', () => {
    const [problem] = bodyShapeProblems('api::thing.thing', { amount: 'x' }, (uid) => SCHEMAS[uid]);
    expect(problem.message).toEqual({ en: 'amount: must be a number', zh: 'amount: 应为数字' });
  });

  it('still refuses prototype keys, null items and non-objects', () => {
    expect(problems(JSON.parse('{"__proto__": 1, "constructor": 2}'))).toEqual(['__proto__', 'constructor']);
    expect(problems({ steps: [null] })).toEqual(['steps.0']);
    expect(problems('x')).toEqual(['data']);
  });
});

describe('relation values', () => {
  const RELATIONS: Record<string, Record<string, any>> = {
    'api::r.r': { unit: { type: 'relation', relation: 'manyToOne', target: 'api::u.u' } },
  };
  const relationProblems = (unit: unknown) => bodyShapeProblems('api::r.r', { unit }, (uid) => RELATIONS[uid]).map((p) => p.path.join('.'));

  it('lets every shape Strapi reads through', () => {
    for (const value of [
      null,
      12,
      '12',
      'docid',
      [],
      [3, 'docid'],
      { id: 3 },
      { documentId: 'd' },
      { set: [] },
      { set: 'd' },
      { set: 5 },
      { connect: [{ documentId: 'd', position: { end: true } }], disconnect: [] },
      { disconnect: [{ id: 1 }] },
      {},
    ]) {
      expect([value, relationProblems(value)]).toEqual([value, []]);
    }
  });

  it('refuses values that name no record', () => {
    for (const value of [
      true,
      1.5,
      '',
      { set: {} },
      { set: [null] },
      { connect: [[1]] },
      { connect: 'x', other: 1 },
      [[]],
      [null],
      [{}],
      { id: {} },
      { documentId: 5 },
      { connect: [{ id: 'x', locale: {} }, {}] },
      // An id given as text must be a whole number (the fuzzer's seed 5 on PostgreSQL: { connect: [{ id: 'x' }] })
      { connect: [{ id: 'x' }] },
      { id: 'x' },
      { id: '1.5' },
      { id: '12abc' },
      { set: [{ id: ' 7' }] },
    ]) {
      expect([value, relationProblems(value)]).toEqual([value, ['unit']]);
    }
  });
});

describe('number ranges (PostgreSQL columns)', () => {
  const NUMBERS: Record<string, Record<string, any>> = {
    'api::n.n': {
      i: { type: 'integer' },
      b: { type: 'biginteger' },
      d: { type: 'decimal' },
      f: { type: 'float' },
      r: { type: 'relation', relation: 'manyToOne', target: 'api::n.n' },
    },
  };
  const numberProblems = (data: Record<string, unknown>) =>
    bodyShapeProblems('api::n.n', data, (uid) => NUMBERS[uid]).map((p) => p.message);

  it('lets values each column holds through', () => {
    expect(numberProblems({ i: 2147483647, b: '9223372036854775807', d: 99999999.99, f: 1e308, r: 2147483647 })).toEqual([]);
    expect(numberProblems({ i: '-2147483648', b: -5, d: '-12.5', r: { id: '7' } })).toEqual([]);
  });

  it('refuses values outside the column or not whole where it must be', () => {
    expect(numberProblems({ i: 2147483648 })).toEqual([
      { en: 'i: must be between -2147483648 and 2147483647', zh: 'i: 应在 -2147483648 与 2147483647 之间' },
    ]);
    expect(numberProblems({ i: 1.5 })).toEqual([{ en: 'i: must be a whole number', zh: 'i: 应为整数' }]);
    expect(numberProblems({ b: '9223372036854775808' })).toHaveLength(1);
    expect(numberProblems({ d: 1e308 })).toHaveLength(1);
    expect(numberProblems({ d: 99999999.999 })).toHaveLength(1);
    expect(numberProblems({ r: 1e308 })).toHaveLength(1);
    expect(numberProblems({ r: { connect: ['99999999999abc'] } })).toHaveLength(1);
  });
});

describe('JSON fields', () => {
  const JSONS: Record<string, Record<string, any>> = { 'api::j.j': { tags: { type: 'json' } } };
  const jsonProblems = (tags: unknown) => bodyShapeProblems('api::j.j', { tags }, (uid) => JSONS[uid]).map((p) => p.path.join('.'));

  it('takes any value, and a text only when it is JSON text (the database stores it as is)', () => {
    for (const tags of [['北京'], { a: 1 }, 5, true, '["a"]', '"a"']) expect([tags, jsonProblems(tags)]).toEqual([tags, []]);
    for (const tags of ['北京', 'x'.repeat(1000), '{']) expect(jsonProblems(tags)).toEqual(['tags']);
  });
});

describe('text, enumeration and date values, server-kept fields included', () => {
  const TYPES: Record<string, Record<string, any>> = {
    'api::case.case': {
      name: { type: 'string' },
      note: { type: 'text' },
      title: { type: 'string', required: true },
      outcome: { type: 'enumeration', enum: ['internal', 'external'], writable: false },
      due: { type: 'date' },
      parts: { type: 'component', repeatable: true, component: 'x.part' },
    },
    'x.part': { email: { type: 'email' } },
  };
  const wrong = (data: unknown) => bodyShapeProblems('api::case.case', data, (uid) => TYPES[uid]).map((p) => p.path.join('.'));

  it('lets values the columns hold through', () => {
    expect(
      wrong({ name: '名'.repeat(255), note: 'x'.repeat(100_000), outcome: 'external', due: '2028-02-29', parts: [{ email: 'a@b.cn' }] })
    ).toEqual([]);
    expect(wrong({ name: '💥'.repeat(255), due: '2026-01-01T00:00:00.000Z', outcome: null })).toEqual([]);
  });

  it('refuses a value outside the enumeration, over 255 characters in a varchar column, or an object for a text', () => {
    for (const outcome of ['maybe', 'x'.repeat(300), 'INTERNAL', 1, {}])
      expect([outcome, wrong({ outcome })]).toEqual([outcome, ['outcome']]);
    expect(wrong({ name: 'x'.repeat(256), note: { a: 1 }, parts: [{ email: `${'a'.repeat(300)}@b.cn` }] })).toEqual([
      'name',
      'note',
      'parts.0.email',
    ]);
  });

  it('refuses a required text of spaces only, leaving "" to Strapi (a draft may be empty) and optional texts alone', () => {
    for (const title of [' ', '\u3000\t', '\n']) expect([title, wrong({ title })]).toEqual([title, ['title']]);
    expect(wrong({ title: '', name: '  ', note: ' ' })).toEqual([]);
    expect(wrong({ title: ' 标题 ' })).toEqual([]);
  });

  it('refuses a date that is not in the calendar or that PostgreSQL has no year for', () => {
    for (const due of ['2026-02-30', '2026-02-29', '2026-13-01', '0000-01-01', 'yesterday', '', 20260101, {}])
      expect([due, wrong({ due })]).toEqual([due, ['due']]);
  });
});
