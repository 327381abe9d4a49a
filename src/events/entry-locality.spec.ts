import { defaultEntryLocality } from './entry-locality';

describe('defaultEntryLocality', () => {
  const UNIT = 900;

  it('is an individual entrant’s home locality', () => {
    expect(defaultEntryLocality([17], UNIT)).toBe(17);
  });

  it('is a team’s common home locality', () => {
    expect(defaultEntryLocality([17, 17, 17], UNIT)).toBe(17);
  });

  it('is the representing unit’s locality when the members live in different places', () => {
    expect(defaultEntryLocality([17, 18, 17], UNIT)).toBe(UNIT);
  });

  it('is the unit’s locality when a member has no home locality on record', () => {
    expect(defaultEntryLocality([null], UNIT)).toBe(UNIT);
    expect(defaultEntryLocality([17, null], UNIT)).toBe(UNIT);
  });

  it('is the unit’s locality for an entry without members', () => {
    expect(defaultEntryLocality([], UNIT)).toBe(UNIT);
  });
});
