import { describe, expect, it } from 'vitest';
import { balanceColumns, gridColumns, placeGrid } from './grid.ts';

describe('gridColumns', () => {
  it('fits as many cells as the width allows, at least one', () => {
    expect(gridColumns(340, 96, 8)).toBe(3);
    expect(gridColumns(800, 88, 8)).toBe(8);
    expect(gridColumns(50, 96, 8)).toBe(1);
    expect(gridColumns(800, 88, 8, 5)).toBe(5);
  });
});

describe('balanceColumns', () => {
  it('uses the fewest columns that keep the row count', () => {
    expect(balanceColumns(9, 7)).toBe(5);
    expect(balanceColumns(30, 11)).toBe(10);
    expect(balanceColumns(4, 4)).toBe(4);
  });
});

describe('placeGrid', () => {
  const items = Array.from({ length: 8 }, (_, i) => ({ id: i, lines: i === 4 ? 3 : 1 }));
  it('wraps rows at the given width', () => {
    const narrow = placeGrid(items, { x: 0, y: 0, width: 340, minCell: 96, gap: 8 }, () => 40);
    expect(narrow.cols).toBe(3);
    expect(narrow.rows).toBe(3);
    const wide = placeGrid(items, { x: 0, y: 0, width: 800, minCell: 88, gap: 8 }, () => 40);
    expect(wide.rows).toBe(1);
    for (const c of narrow.cells) expect(c.x + c.w).toBeLessThanOrEqual(340.001);
    for (const c of wide.cells) expect(c.x + c.w).toBeLessThanOrEqual(800.001);
  });
  it('gives every cell in a row the height of the tallest', () => {
    const g = placeGrid(
      items,
      { x: 0, y: 10, width: 340, minCell: 96, gap: 8 },
      (it) => it.lines * 20,
    );
    const row1 = g.cells.filter((c) => c.row === 1);
    expect(row1.map((c) => c.h)).toEqual([60, 60, 60]);
    expect(g.cells.filter((c) => c.row === 0).every((c) => c.h === 20)).toBe(true);
    expect(g.height).toBe(20 + 8 + 60 + 8 + 20);
    expect(g.cells[3].y).toBe(10 + 20 + 8);
  });
  it('places nothing for no items', () => {
    expect(placeGrid([], { x: 0, y: 0, width: 340, minCell: 96, gap: 8 }, () => 40)).toMatchObject({
      cells: [],
      height: 0,
    });
  });
});
