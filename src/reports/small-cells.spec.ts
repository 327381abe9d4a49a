import { suppressSmallCells } from './small-cells';

const cells = (values: number[], keys: Record<string, string>[] = values.map((_, i) => ({ a: String(i) }))) =>
  values.map((value, i) => ({ key: keys[i], value }));

describe('suppressSmallCells', () => {
  it('hides counts from 1 to 4, never 0 or 5', () => {
    // 0, 5, 12 shown; 1 and 4 hidden (two hidden: their sum 5 is all the total gives away).
    const result = suppressSmallCells(cells([0, 1, 4, 5, 12]), 22, ['a']);
    expect([...result.cells].sort()).toEqual([1, 2]);
    expect(result.total).toBe(false);
  });

  it('hides the smallest other cell when one hidden cell could be recovered from the total', () => {
    // 2 alone hidden: 20 − (6 + 12) = 2 would give it back, so 6 (the smallest other) goes too.
    const result = suppressSmallCells(cells([2, 12, 6]), 20, ['a']);
    expect([...result.cells].sort()).toEqual([0, 2]);
  });

  it('hides the total when the other cells are all zero', () => {
    // 3 + 0 + 0: the total 3 is the cell itself (and small anyway); 7 + 0 would also be the cell.
    expect(suppressSmallCells(cells([3, 0, 0]), 3, ['a']).total).toBe(true);
    expect(suppressSmallCells(cells([0, 0]), 0, ['a']).total).toBe(false);
  });

  it('with two dimensions, protects every row and column as well', () => {
    //            d1  d2
    //   loc X     2  10
    //   loc Y     8   9
    // X·d1 = 2 is small; row X would give it back (the one-dimension report shows X = 12), so X·d2 goes;
    // column d1 would too (d1 = 10), so Y·d1 goes; then column d2 holds X·d2 alone: Y·d2 goes as well.
    const keys = [
      { locality: 'X', discipline: 'd1' },
      { locality: 'X', discipline: 'd2' },
      { locality: 'Y', discipline: 'd1' },
      { locality: 'Y', discipline: 'd2' },
    ];
    const result = suppressSmallCells(cells([2, 10, 8, 9], keys), 29, ['locality', 'discipline']);
    expect([...result.cells].sort()).toEqual([0, 1, 2, 3]);
    expect(result.total).toBe(false);
  });
});
