// Layout of the "876" diagram: the tier counts written together as the code,
// then one block per tier with a tile per industry direction, each a link.
// Everything shown — counts, code, tiles — comes from the arrays passed in.
import { entryPath } from '../ids.ts';
import { withBase } from '../site-url.ts';
import { groupIndustriesByTier, projectCode, type TierGroup } from '../group.ts';
import { baseline, labelLines, measureLabel, type Scene, type SceneNode } from './scene.ts';
import { gridColumns, placeGrid } from './grid.ts';
import { textWidth, wrapText } from './text.ts';

export interface TierInput {
  id: string;
  title: string;
  /** How the source counts this tier, e.g. 条重点产业链. */
  unit: string;
  /** Short label (新兴 / 未来 / 传统). */
  short?: string;
}

export interface IndustryInput {
  id: string;
  title: string;
}

/** A tier with its industries in plan order and their count (groupIndustriesByTier). */
export type TierBlock = TierGroup<TierInput, IndustryInput>;

/** `8 + 7 + 6 = 21`: the sum behind the code, from the counts. */
export function codeSum(blocks: ReadonlyArray<{ count: number }>): string {
  return `${blocks.map((b) => b.count).join(' + ')} = ${blocks.reduce((s, b) => s + b.count, 0)}`;
}

/** `新兴产业 8 条重点产业链`: a tier with its derived count in the source's unit. */
export function tierCountLabel(t: { title: string; unit: string; count: number }): string {
  return `${t.title} · ${t.count} ${t.unit}`;
}

export interface Layout876Options {
  /** viewBox width. */
  width: number;
  /** Narrowest a tile may be before the row wraps. */
  minTile?: number;
  gap?: number;
  /** Font size of tile labels. */
  size?: number;
  /** ID of an industry to highlight. */
  current?: string;
}

export interface Layout876 extends Scene {
  code: string;
  total: number;
  blocks: TierBlock[];
  /** Columns of tiles used for every tier. */
  cols: number;
}

/** Positions of everything in the "876" diagram at a given width. */
export function layout876(
  tiers: readonly TierInput[],
  industries: readonly IndustryInput[],
  opts: Layout876Options,
): Layout876 {
  const { width, minTile = 96, gap = 8, size = 14 } = opts;
  const blocks = groupIndustriesByTier(tiers, industries);
  const code = projectCode(blocks);
  const total = blocks.reduce((s, b) => s + b.count, 0);
  const nodes: SceneNode[] = [];

  // Header: the code, one digit group per tier in the tier's colour, and what it stands for.
  const codeSize = 40;
  const codeW = textWidth(code, codeSize) * 0.95;
  const headX = codeW + 14;
  const line1 = wrapText(`“${code}”创新引领工程`, width - headX, 16);
  const line2 = wrapText(`${codeSum(blocks)} 个重点产业方向`, width - headX, 13);
  const headLines = [
    ...line1.map((t, i) => ({
      x: headX,
      y: baseline(2, 16, i),
      size: 16,
      spans: [{ text: t }],
      cls: 'strong',
    })),
    ...line2.map((t, i) => ({
      x: headX,
      y: baseline(2 + line1.length * 16 * 1.35 + 2, 13, i),
      size: 13,
      spans: [{ text: t }],
      cls: 'muted',
    })),
  ];
  const headH = Math.max(codeSize + 4, 2 + line1.length * 16 * 1.35 + 2 + line2.length * 13 * 1.35);
  nodes.push({
    key: 'code',
    cls: 'code',
    data: { code },
    shapes: [],
    lines: [
      {
        x: 0,
        y: codeSize * 0.9,
        size: codeSize,
        cls: 'code-digits',
        spans: blocks.map((b) => ({ text: String(b.count), cls: `ink-${b.id.toLowerCase()}` })),
      },
      ...headLines,
    ],
  });

  const cols = gridColumns(width, minTile, gap);
  let y = headH + 14;
  for (const b of blocks) {
    const t = b.id.toLowerCase();
    // Tier heading: a square with the derived count, the tier name and its count in the source's unit.
    const sq = 28;
    const label = tierCountLabel(b);
    const headingLines = wrapText(`${label} ›`, width - sq - 10, 15);
    const hH = Math.max(sq, headingLines.length * 15 * 1.35);
    nodes.push({
      key: `tier-${b.id}`,
      href: withBase(`/industries/#tier-${t}`),
      label,
      cls: `tier-heading tier-${t}`,
      data: { tier: b.id, count: String(b.count) },
      shapes: [{ kind: 'rect', x: 0, y, w: sq, h: sq, rx: 5, cls: 'tier-fill' }],
      lines: [
        {
          x: sq / 2,
          y: y + sq / 2 + 6,
          size: 17,
          anchor: 'middle',
          cls: 'on-fill',
          spans: [{ text: String(b.count) }],
        },
        ...headingLines.map((l, i) => ({
          x: sq + 10,
          y: baseline(y + (hH - headingLines.length * 15 * 1.35) / 2 + 2, 15, i),
          size: 15,
          cls: 'strong',
          spans: [{ text: l }],
        })),
      ],
    });
    y += hH + 8;
    const labelOpts = (i: IndustryInput) => ({
      size,
      pad: 8,
      badge: { text: i.id, cls: 'badge' },
      minHeight: 44,
    });
    const grid = placeGrid(
      b.industries,
      { x: 0, y, width, minCell: minTile, gap, cols },
      (i, w) => measureLabel(i.title, w, labelOpts(i)).height,
    );
    for (const c of grid.cells) {
      const i = c.item;
      const current = i.id === opts.current;
      nodes.push({
        key: i.id,
        href: entryPath('industries', i.id),
        label: `${i.id} ${i.title}`,
        current,
        cls: `tile tier-${t}${current ? ' current' : ''}`,
        data: { id: i.id, tier: b.id },
        shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 6, cls: 'box' }],
        lines: labelLines(i.title, c.x, c.y, c.w, labelOpts(i)),
      });
    }
    y += (grid.height || 0) + 18;
  }
  return { width, height: Math.ceil(y - 10), nodes, code, total, blocks, cols };
}
