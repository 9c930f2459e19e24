import {
  idsOnPath,
  isAncestorPath,
  levelMismatch,
  lowestCommonAncestorId,
  pathFor,
  repath,
} from '../../src/plugins/synergy/server/src/utils/org-path';

describe('org paths', () => {
  it('builds a path from the parent path and the id', () => {
    expect(pathFor(null, 1)).toBe('/1/');
    expect(pathFor('/1/4/', 17)).toBe('/1/4/17/');
    expect(idsOnPath('/1/4/17/')).toEqual([1, 4, 17]);
  });

  it('tells ancestors apart from prefixes of other numbers', () => {
    expect(isAncestorPath('/1/4/', '/1/4/17/')).toBe(true);
    expect(isAncestorPath('/1/4/', '/1/4/')).toBe(false);
    expect(isAncestorPath('/1/4/', '/1/45/')).toBe(false);
  });

  it('finds the lowest common superior of two units', () => {
    expect(lowestCommonAncestorId('/1/4/8/', '/1/4/9/23/')).toBe(4);
    expect(lowestCommonAncestorId('/1/4/8/', '/1/5/11/')).toBe(1);
    expect(lowestCommonAncestorId('/1/4/8/', '/1/4/8/20/')).toBe(8);
  });

  it('re-paths a subtree that moves', () => {
    expect(repath('/1/4/8/20/', '/1/4/8/', '/1/5/8/')).toBe('/1/5/8/20/');
    expect(repath('/1/6/', '/1/4/8/', '/1/5/8/')).toBe('/1/6/');
  });

  it.each([
    ['group', null, true],
    ['group', 'group', false],
    ['segment', 'group', true],
    ['segment', null, false],
    ['company', 'segment', true],
    ['company', 'group', true],
    ['company', 'department', false],
    ['enterprise', 'company', true],
    ['department', 'enterprise', true],
    ['department', 'department', false],
    ['segment', 'segment', false],
  ] as const)('a %s under a %s fits: %s', (level, parent, fits) => {
    expect(levelMismatch(level, parent) === null).toBe(fits);
  });
});
