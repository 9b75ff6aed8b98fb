// Layout of an industry's place in the plan: all directions as small tiles by
// tier with this one highlighted, then what the site relates it to — aspects
// and work-programme items — as a small tree of links.
import { entryPath, sortById } from '../ids.ts';
import { projectCode } from '../group.ts';
import { gridColumns, placeGrid } from './grid.ts';
import { type IndustryInput, type TierInput } from './project876.ts';
import { groupIndustriesByTier } from '../group.ts';
import { labelLines, measureLabel, textBlock, type Scene, type SceneNode } from './scene.ts';

export interface IndustryPlaceInput {
  tiers: readonly TierInput[];
  industries: readonly IndustryInput[];
  /** The industry the page is about. */
  current: string;
  /** Aspects related to it (already looked up). */
  aspects: ReadonlyArray<{ id: string; title: string }>;
  /** Work-programme items related to it. */
  programmes: ReadonlyArray<{ id: string; title: string; year?: number }>;
}

export interface IndustryPlaceOptions {
  width: number;
  /** Narrowest mini tile. */
  minTile?: number;
  size?: number;
}

/** Where an industry sits: its tier, its position in it and the tier's count. */
export function placeOf(
  tiers: readonly TierInput[],
  industries: readonly IndustryInput[],
  id: string,
) {
  const blocks = groupIndustriesByTier(tiers, industries);
  const tier = blocks.find((b) => b.industries.some((i) => i.id === id));
  if (!tier) throw new Error(`Industry ${id} is in no tier`);
  return {
    tier,
    position: tier.industries.findIndex((i) => i.id === id) + 1,
    count: tier.count,
    total: industries.length,
    code: projectCode(blocks),
    blocks,
  };
}

/** `2024 年工作要点` from the items' years, or a neutral label when they have none. */
export function programmeGroupLabel(programmes: ReadonlyArray<{ year?: number }>): string {
  const years = [...new Set(programmes.flatMap((p) => (p.year ? [p.year] : [])))].sort();
  return years.length ? `${years.join('、')} 年工作要点` : '年度工作要点';
}

export interface IndustryPlaceLayout extends Scene {
  place: ReturnType<typeof placeOf>;
}

/** Positions of everything in the industry-place diagram at a given width. */
export function layoutIndustryPlace(
  input: IndustryPlaceInput,
  opts: IndustryPlaceOptions,
): IndustryPlaceLayout {
  const { width, minTile = 30, size = 14 } = opts;
  const place = placeOf(input.tiers, input.industries, input.current);
  const me = place.tier.industries.find((i) => i.id === input.current)!;
  const nodes: SceneNode[] = [];
  let y = 0;

  // Where it sits, in words.
  const head = textBlock(
    `${place.tier.title}第 ${place.position} 个（共 ${place.count} 个）`,
    0,
    y,
    width,
    15,
    'strong',
  );
  const sub = textBlock(
    `“${place.code}”共 ${place.total} 个重点产业方向，本方向以实心标出`,
    0,
    y + head.height + 4,
    width,
    12,
    'muted',
  );
  nodes.push({
    key: 'place',
    cls: 'heading',
    data: { tier: place.tier.id, position: String(place.position), count: String(place.count) },
    shapes: [],
    lines: [...head.lines, ...sub.lines],
  });
  y += head.height + 4 + sub.height + 10;

  // All directions as small tiles, one row (or more) per tier.
  const labelW = 62;
  const gap = 4;
  const cols = gridColumns(width - labelW, minTile, gap);
  for (const b of place.blocks) {
    const t = b.id.toLowerCase();
    nodes.push({
      key: `mini-tier-${b.id}`,
      cls: `mini-label ink-${t}`,
      data: { tier: b.id, count: String(b.count) },
      shapes: [],
      lines: [
        {
          x: 0,
          y: y + 20,
          size: 13,
          cls: `strong ink-${t}`,
          spans: [{ text: `${b.short ?? b.title} ${b.count}`, cls: `ink-${t}` }],
        },
      ],
    });
    const grid = placeGrid(
      b.industries,
      { x: labelW, y, width: width - labelW, minCell: minTile, gap, cols },
      () => 30,
    );
    for (const c of grid.cells) {
      const current = c.item.id === input.current;
      nodes.push({
        key: c.item.id,
        href: entryPath('industries', c.item.id),
        label: `${c.item.id} ${c.item.title}`,
        current,
        cls: `tile mini tier-${t}${current ? ' current' : ''}`,
        data: { id: c.item.id, tier: b.id },
        shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 4, cls: 'box' }],
        lines: [
          {
            x: c.x + c.w / 2,
            y: c.y + c.h / 2 + 4.5,
            size: 12,
            anchor: 'middle',
            spans: [{ text: c.item.id, cls: current ? undefined : 'badge' }],
          },
        ],
      });
    }
    y += Math.max(grid.height, 30) + 6;
  }
  y += 12;

  // The industry and what the site relates it to.
  const t = place.tier.id.toLowerCase();
  const rootOpts = { size: 15, pad: 10, badge: { text: me.id, cls: 'badge' }, minHeight: 44 };
  const rootH = measureLabel(me.title, width, rootOpts).height;
  nodes.push({
    key: 'root',
    cls: `tile root tier-${t}`,
    data: { id: me.id },
    shapes: [{ kind: 'rect', x: 0, y, w: width, h: rootH, rx: 6, cls: 'box' }],
    lines: labelLines(me.title, 0, y, width, rootOpts).map((l) => ({ ...l, cls: 'strong' })),
  });
  const trunkTop = y + rootH;
  y += rootH + 12;
  const trunkX = 14;
  const bx = 30;
  const branches: number[] = [];
  const group = (
    key: string,
    label: string,
    items: ReadonlyArray<{ id: string; title: string }>,
    kind: 'aspects' | 'programmes',
    cls: string,
  ) => {
    const h = textBlock(label, bx, y, width - bx, 13, 'muted');
    nodes.push({ key: `h-${key}`, cls: 'sub', shapes: [], lines: h.lines });
    branches.push(y + 9);
    y += h.height + 6;
    if (items.length === 0) {
      const o = { size: 13, pad: 9, minHeight: 36 };
      const text = '本站未标注';
      const hh = measureLabel(text, width - bx, o).height;
      nodes.push({
        key: `none-${key}`,
        cls: 'none plain dashed',
        shapes: [{ kind: 'rect', x: bx, y, w: width - bx, h: hh, rx: 6, cls: 'box' }],
        lines: labelLines(text, bx, y, width - bx, o).map((l) => ({ ...l, cls: 'muted' })),
      });
      y += hh + 10;
      return;
    }
    for (const it of sortById(items)) {
      const o = { size, pad: 9, badge: { text: it.id, cls: 'badge' }, minHeight: 44 };
      const hh = measureLabel(it.title, width - bx, o).height;
      nodes.push({
        key: it.id,
        href: entryPath(kind, it.id),
        label: `${it.id} ${it.title}`,
        cls: `related ${cls}`,
        data: { id: it.id, kind },
        shapes: [{ kind: 'rect', x: bx, y, w: width - bx, h: hh, rx: 6, cls: 'box' }],
        lines: labelLines(it.title, bx, y, width - bx, o),
      });
      y += hh + 6;
    }
    y += 6;
  };
  group('aspects', '相关方面（本站解读）', input.aspects, 'aspects', 'aspect');
  group(
    'programmes',
    `${programmeGroupLabel(input.programmes)}（本站解读）`,
    input.programmes,
    'programmes',
    'programme',
  );
  const last = branches[branches.length - 1];
  nodes.unshift({
    key: 'tree',
    cls: 'tree',
    shapes: [
      {
        kind: 'path',
        d: `M${trunkX} ${trunkTop} V${last} ${branches.map((b) => `M${trunkX} ${b} H${bx - 6}`).join(' ')}`,
        cls: 'edge',
      },
    ],
    lines: [],
  });
  return { width, height: Math.ceil(y - 10), nodes, place };
}
