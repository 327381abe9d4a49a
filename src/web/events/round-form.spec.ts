import { NEW_ROUND, roundBody } from './round-form';

describe('the round form as sent', () => {
  const criterion = { code: ' technique ', name: 'Kỹ thuật', min: '', max: '9,5', step: '0,25', weight: '' };

  it('reads decimal commas as points and fills the rubric’s defaults', () => {
    const body = roundBody({ ...NEW_ROUND, name: 'Sơ khảo', criteria: [criterion], spreadLimit: '1,5' });
    expect(body.criteria).toEqual([
      { code: 'technique', name: 'Kỹ thuật', min: '0', max: '9.5', step: '0.25', weight: '1' },
    ]);
    expect(body.spreadLimit).toBe('1.5');
    expect(body.advancement).toBeNull();
    expect(body.method).toEqual({ kind: 'mean' });
  });

  it('sends a trimmed mean’s trim and panel, and advancement by count or score', () => {
    const body = roundBody({
      ...NEW_ROUND,
      method: 'trimmed_mean',
      trim: '2',
      minPanel: '7',
      advanceTop: '10',
      advanceMinScore: '8,25',
    });
    expect(body.method).toEqual({ kind: 'trimmed_mean', trim: 2, minPanel: 7 });
    expect(body.advancement).toEqual({ top: 10, minScore: '8.25' });
  });

  it('sends a ranked round’s dances, without a rubric, tie-breaks or spread limit', () => {
    const body = roundBody({
      ...NEW_ROUND,
      method: 'skating',
      criteria: [{ ...criterion, code: 'W', name: 'Waltz' }],
      tieBreaks: [{ kind: 'headJudge', criterion: '' }],
      spreadLimit: '1',
    });
    expect(body.dances).toEqual([{ code: 'W', name: 'Waltz' }]);
    expect(body).not.toHaveProperty('criteria');
    expect(body).not.toHaveProperty('tieBreaks');
    expect(body).not.toHaveProperty('spreadLimit');
  });
});
