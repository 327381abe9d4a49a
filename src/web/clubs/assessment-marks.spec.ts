import { checkMark } from './assessment-marks';

const scale = { min: '0.00', max: '10.00', step: '0.50' };

describe('checkMark', () => {
  it('accepts a comma or a dot and answers the API decimal', () => {
    expect(checkMark('7,5', scale)).toEqual({ ok: true, value: '7.50' });
    expect(checkMark(' 7.5 ', scale)).toEqual({ ok: true, value: '7.50' });
    expect(checkMark('10', scale)).toEqual({ ok: true, value: '10.00' });
    expect(checkMark('0', scale)).toEqual({ ok: true, value: '0.00' });
  });

  it('refuses what the API would refuse, saying why', () => {
    expect(checkMark('', scale)).toEqual({ ok: false, problem: 'empty' });
    expect(checkMark('bảy', scale)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(checkMark('-1', scale)).toEqual({ ok: false, problem: 'not_a_number' });
    expect(checkMark('10,5', scale)).toEqual({ ok: false, problem: 'out_of_range' });
    // 7.3 is 730 hundredths; 730 − 0 is not a multiple of the 50-hundredth step.
    expect(checkMark('7.3', scale)).toEqual({ ok: false, problem: 'off_step' });
  });

  it('counts steps from the scale minimum', () => {
    // 1–5 in steps of 0.25 from 1: 1.75 is on a step, 1.80 is not.
    const fromOne = { min: '1.00', max: '5.00', step: '0.25' };
    expect(checkMark('1,75', fromOne)).toEqual({ ok: true, value: '1.75' });
    expect(checkMark('1.8', fromOne)).toEqual({ ok: false, problem: 'off_step' });
  });
});
