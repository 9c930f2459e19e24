/** A NUL character anywhere in a request body is found, with its path (src/middlewares/body-parsed.ts). */
import { nulCharacterAt } from '../../src/middlewares/body-parsed';

describe('NUL characters in a body', () => {
  it('finds one in a text or a key at any depth, and nothing in a clean body', () => {
    expect(nulCharacterAt({ data: { title: 'ok', steps: [{ name: 'a\u0000b' }] } })).toBe('data.steps.0.name');
    expect(nulCharacterAt({ data: { ['x\u0000']: 1 } })).toBe('data.x\u0000');
    expect(nulCharacterAt('\u0000')).toBe('(body)');
    expect(nulCharacterAt({ data: { title: '标题', n: 1, list: [[[]]], none: null } })).toBeNull();
    expect(nulCharacterAt(undefined)).toBeNull();
  });

  it('walks a body nested deeper than the call stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulCharacterAt(deep)).toMatch(/^0(\.0)*$/);
  });
});
