/** The "must" rule of matching: an external close needs an approved exemption naming the bound entry. */
import { mustEntryExempted } from '../../src/api/synergy-demand/rules/external-close';

describe('mustEntryExempted', () => {
  it('lets a demand without a bound must entry through', () => {
    expect(mustEntryExempted(null, [])).toBe(true);
  });

  it('needs an approved exemption naming exactly the bound entry', () => {
    expect(mustEntryExempted(7, [])).toBe(false);
    expect(mustEntryExempted(7, [8, 9])).toBe(false);
    expect(mustEntryExempted(7, [8, 7])).toBe(true);
  });
});
