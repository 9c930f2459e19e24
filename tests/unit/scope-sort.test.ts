import { scopedSortPaths, sortPaths } from '../../src/plugins/synergy/server/src/utils/scope-sort';

const SCHEMA: Record<string, Record<string, any>> = {
  demand: {
    title: { type: 'string' },
    linkedDemands: { type: 'relation', target: 'demand' },
    ownerUnit: { type: 'relation', target: 'unit' },
    meta: { type: 'component', component: 'c.meta' },
  },
  unit: { name: { type: 'string' }, parent: { type: 'relation', target: 'unit' } },
  'c.meta': { demand: { type: 'relation', target: 'demand' }, note: { type: 'string' } },
};
const attrsOf = (uid: string) => SCHEMA[uid];
const owned = (uid: string) => uid === 'demand';

describe('sort paths', () => {
  it('reads every shape the Document Service accepts', () => {
    expect(sortPaths('title:asc,ownerUnit.name:desc')).toEqual([['title'], ['ownerUnit', 'name']]);
    expect(sortPaths(['linkedDemands.title:asc', { ownerUnit: { name: 'asc' } }])).toEqual([
      ['linkedDemands', 'title'],
      ['ownerUnit', 'name'],
    ]);
    expect(sortPaths({ title: 'desc' })).toEqual([['title']]);
    expect(sortPaths(undefined)).toEqual([]);
  });

  it('names the paths that pass through a relation to an owned type, also inside components, and no others', () => {
    expect(scopedSortPaths('demand', ['linkedDemands.title:asc', 'title', 'ownerUnit.parent.name'], attrsOf, owned)).toEqual([
      'linkedDemands.title',
    ]);
    expect(scopedSortPaths('demand', { meta: { demand: { title: 'asc' } } }, attrsOf, owned)).toEqual(['meta.demand.title']);
    expect(scopedSortPaths('demand', 'meta.note:asc,nonsense.x', attrsOf, owned)).toEqual([]);
  });
});
