// Grid placement for diagram tiles: as many columns as fit a width, rows that
// wrap, and equal heights within a row.

/** How many cells of at least `minCell` fit across `width` with `gap` between them (at least 1, at most `maxCols`). */
export function gridColumns(
  width: number,
  minCell: number,
  gap: number,
  maxCols = Infinity,
): number {
  return Math.max(1, Math.min(maxCols, Math.floor((width + gap) / (minCell + gap))));
}

/** Fewest columns that keep the same number of rows, so the last row is as full as it can be (9 in 7 columns → 5 + 4). */
export function balanceColumns(count: number, cols: number): number {
  if (count <= 0) return cols;
  const rows = Math.ceil(count / cols);
  return Math.ceil(count / rows);
}

export interface GridOptions {
  x: number;
  y: number;
  width: number;
  minCell: number;
  gap: number;
  /** Upper bound on columns (e.g. the longest tier). */
  maxCols?: number;
  /** Fixed column count (overrides minCell/maxCols). */
  cols?: number;
  /** Spread items evenly over the rows instead of filling each row. */
  balance?: boolean;
}

export interface GridCell<T> {
  item: T;
  index: number;
  row: number;
  col: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Places items left to right in rows that wrap at `width`. Every cell in a row
 * gets the height of the tallest item in it (`heightOf` is given the cell width).
 */
export function placeGrid<T>(
  items: readonly T[],
  opts: GridOptions,
  heightOf: (item: T, cellWidth: number) => number,
): { cells: GridCell<T>[]; cols: number; rows: number; cellWidth: number; height: number } {
  let cols = opts.cols ?? gridColumns(opts.width, opts.minCell, opts.gap, opts.maxCols);
  if (opts.balance && opts.cols === undefined) cols = balanceColumns(items.length, cols);
  const cellWidth = (opts.width - opts.gap * (cols - 1)) / cols;
  const rows = Math.ceil(items.length / cols);
  const cells: GridCell<T>[] = [];
  let y = opts.y;
  for (let r = 0; r < rows; r++) {
    const rowItems = items.slice(r * cols, r * cols + cols);
    const h = Math.max(...rowItems.map((it) => heightOf(it, cellWidth)));
    rowItems.forEach((item, c) =>
      cells.push({
        item,
        index: r * cols + c,
        row: r,
        col: c,
        x: opts.x + c * (cellWidth + opts.gap),
        y,
        w: cellWidth,
        h,
      }),
    );
    y += h + opts.gap;
  }
  return { cells, cols, rows, cellWidth, height: rows > 0 ? y - opts.gap - opts.y : 0 };
}
