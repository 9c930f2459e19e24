/** What no request body may hold, found with its path (src/middlewares/body-parsed.ts). */
import { bodyContentProblem, bodyKindProblem } from '../../src/middlewares/body-parsed';

const at = (body: unknown) => bodyContentProblem(body)?.path.join('.') ?? null;

describe('NUL characters in a body', () => {
  it('finds one in a text or a key at any depth, and nothing in a clean body', () => {
    expect(at({ data: { title: 'ok', steps: [{ name: 'a\u0000b' }] } })).toBe('data.steps.0.name');
    expect(at({ data: { ['x\u0000']: 1 } })).toBe('data.x\u0000');
    expect(at('\u0000')).toBe('');
    expect(at({ data: { title: '标题', n: 1, list: [[[]]], none: null } })).toBeNull();
    expect(at(undefined)).toBeNull();
  });

  it('walks a body nested deeper than the call stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(at(deep)).toMatch(/^0(\.0)*$/);
  });
});

describe('keys named like Object.prototype members', () => {
  it('finds one at any depth, in both languages', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', '__proto__']) {
      expect([key, at(JSON.parse(`{"template":"x","nested":[{"a":{"${key}":1}}]}`))]).toEqual([key, `nested.0.a.${key}`]);
    }
    expect(bodyContentProblem({ toString: 'x' })?.message).toEqual({
      en: 'toString: is not a field (a name every object inherits)',
      zh: 'toString: 不是字段（对象固有成员的名称）',
    });
  });

  it('lets names that merely look alike through', () => {
    expect(at({ data: { prototype: 1, constructorName: 'x', proto: 2, __component: 'a.b' } })).toBeNull();
  });
});

describe('the kind of body a write to an app route sends', () => {
  it('is a JSON object, or nothing', () => {
    expect(bodyKindProblem({})).toBeNull();
    expect(bodyKindProblem(undefined)).toBeNull();
    for (const body of [[{ data: {} }], 'x', 42, true]) expect([body, bodyKindProblem(body)?.path]).toEqual([body, []]);
  });
});
