import * as engine from './index';

describe('the engine’s public API', () => {
  it('exports what the app uses, and nothing from a framework', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'Decimal',
      'DecimalFormatError',
      'ScoringInputError',
      'combineRounds',
      'computeRankedRoundResults',
      'computeRecallResults',
      'computeRoundResults',
      'computeSkatingResults',
      'formatExact',
      'isRankedMethod',
      'validateScore',
    ]);
  });

  it('validates a mark at score entry', () => {
    const criterion = { id: 'T', max: '10', step: '0.25', weight: '1' };
    expect(engine.validateScore(criterion, '9.75')).toBeNull();
    expect(engine.validateScore(criterion, '9.8')).toBe('not_on_step');
  });
});
