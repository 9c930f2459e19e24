import { scopeFilters, scopePopulate, reachesScopedType } from '../../src/plugins/synergy/server/src/utils/scope-query';
import { grantFor } from '../../src/plugins/synergy/server/src/utils/scope-rules';
import { readRelationChange } from '../../src/plugins/synergy/public';

const SCHEMAS: Record<string, Record<string, any>> = {
  demand: {
    title: { type: 'string' },
    ownerUnit: { type: 'relation', target: 'unit' },
    linked: { type: 'relation', target: 'demand' },
    createdBy: { type: 'relation', target: 'admin', private: true },
    info: { type: 'component', component: 'info' },
  },
  info: { ref: { type: 'relation', target: 'demand' } },
  unit: { name: { type: 'string' }, parent: { type: 'relation', target: 'unit' } },
  admin: {},
};
const attrsOf = (uid: string) => SCHEMAS[uid];
const SCOPE = { ownerUnit: { id: { $in: [4] } } };
const filterFor = (uid: string) => (uid === 'demand' ? SCOPE : null);

describe('populate scoping', () => {
  it('adds the scope to every branch that reaches a scoped type, in every populate form', () => {
    expect(scopePopulate('demand', 'linked', attrsOf, filterFor)).toEqual({ linked: { filters: SCOPE } });
    expect(scopePopulate('demand', ['linked', 'ownerUnit'], attrsOf, filterFor)).toEqual({ linked: { filters: SCOPE }, ownerUnit: true });
    expect(scopePopulate('demand', '*', attrsOf, filterFor)).toEqual({ ownerUnit: true, linked: { filters: SCOPE }, info: true });
    expect(scopePopulate('demand', 'linked.linked', attrsOf, filterFor)).toEqual({
      linked: { populate: { linked: { filters: SCOPE } }, filters: SCOPE },
    });
    expect(scopePopulate('demand', { info: { populate: { ref: true } } }, attrsOf, filterFor)).toEqual({
      info: { populate: { ref: { filters: SCOPE } } },
    });
  });

  it("keeps the caller's own branch filters and ANDs the scope in", () => {
    expect(scopePopulate('demand', { linked: { filters: { title: 'x' } } }, attrsOf, filterFor)).toEqual({
      linked: { filters: { $and: [{ title: 'x' }, SCOPE] } },
    });
  });

  it('leaves populate alone where nothing scoped can be reached', () => {
    expect(scopePopulate('unit', '*', attrsOf, filterFor)).toBe('*');
    expect(reachesScopedType('unit', attrsOf, filterFor)).toBe(false);
    expect(reachesScopedType('demand', attrsOf, filterFor)).toBe(true);
  });
});

describe('filter scoping', () => {
  it('scopes conditions on related scoped records, also inside logical operators', () => {
    expect(scopeFilters('demand', { linked: { title: 'x' } }, attrsOf, filterFor)).toEqual({
      linked: { $and: [{ title: 'x' }, SCOPE] },
    });
    expect(scopeFilters('demand', { $or: [{ linked: { title: 'x' } }, { title: 'y' }] }, attrsOf, filterFor)).toEqual({
      $or: [{ linked: { $and: [{ title: 'x' }, SCOPE] } }, { title: 'y' }],
    });
    expect(scopeFilters('demand', { ownerUnit: { name: 'a' }, title: { $eq: 'b' } }, attrsOf, filterFor)).toEqual({
      ownerUnit: { name: 'a' },
      title: { $eq: 'b' },
    });
  });
});

describe('unit grants', () => {
  it('reads own subtree and ancestors, writes only its own unit as a reporter', () => {
    expect(grantFor('reporter', 8, '/1/4/8/', [8, 20, 23])).toEqual({ read: [1, 4, 8, 20, 23], write: [8] });
    expect(grantFor('segment', 4, '/1/4/', [4, 8, 9])).toEqual({ read: [1, 4, 8, 9], write: [] });
    expect(grantFor('employee', 8, '/1/4/8/', [8])).toEqual({ read: [1, 4, 8], write: [] });
    expect(grantFor('hq', 1, '/1/', [1])).toEqual({ read: 'all', write: 'all' });
  });
});

describe('relation values', () => {
  it.each([
    [12, [{ id: 12 }], false],
    ['abc', [{ documentId: 'abc' }], false],
    [['abc', 3], [{ documentId: 'abc' }, { id: 3 }], false],
    [{ documentId: 'abc' }, [{ documentId: 'abc' }], false],
    [{ connect: [{ id: 1 }], disconnect: ['x'] }, [{ id: 1 }], true],
    [{ set: [] }, [], true],
    [null, [], true],
  ])('reads %j', (value, linked, unlinks) => {
    expect(readRelationChange(value)).toEqual({ linked, unlinks });
  });
});
