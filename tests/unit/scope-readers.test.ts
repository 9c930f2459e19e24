/** Reader relations: the unit ids a record's to-one and to-many reader relations name. */
import { readerUnitIds } from '../../src/plugins/synergy/server/src/utils/scope-rules';

describe('reader unit ids', () => {
  it("reads a to-one relation (a dispute's respondent)", () => {
    expect(readerUnitIds({ respondentUnit: { id: 6 } }, ['respondentUnit'])).toEqual([6]);
    expect(readerUnitIds({ respondentUnit: null }, ['respondentUnit'])).toEqual([]);
  });

  it("reads every unit of a to-many relation (a meeting's participating units), once each", () => {
    expect(readerUnitIds({ participatingUnits: [{ id: 6 }, { id: 7 }] }, ['participatingUnits'])).toEqual([6, 7]);
    expect(readerUnitIds({ participatingUnits: [] }, ['participatingUnits'])).toEqual([]);
    expect(readerUnitIds({ a: { id: 3 }, b: [{ id: 3 }, { id: 9 }] }, ['a', 'b'])).toEqual([3, 9]);
  });

  it('ignores what is not populated or not a unit', () => {
    expect(readerUnitIds({}, ['participatingUnits'])).toEqual([]);
    expect(readerUnitIds({ participatingUnits: [null, { name: 'x' }, { id: '5' }] }, ['participatingUnits'])).toEqual([]);
  });
});
