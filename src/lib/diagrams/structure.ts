// Layout of the plan-structure diagram: pillars → aspects → measures.
// No source says which aspect belongs to which pillar, so a pillar–aspect
// connector is drawn only for an aspect whose data names its pillar. Measures
// are shown as slots for the stated total, filled for each measure listed.
import { entryPath, sortById, splitId } from '../ids.ts';
import { withBase } from '../site-url.ts';
import { balanceColumns, gridColumns, placeGrid } from './grid.ts';
import { labelLines, measureLabel, textBlock, type Scene, type SceneNode } from './scene.ts';
import { textWidth } from './text.ts';

export interface StructureInput {
  pillars: ReadonlyArray<{ id: string; title: string }>;
  aspects: ReadonlyArray<{ id: string; title: string; pillar?: string }>;
  measures: ReadonlyArray<{ id: string; title: string; aspect: string }>;
  /** The total the source states (plan.stated.measures.value). */
  statedMeasures: number;
  /** Where that total is stated. */
  statedSource: { id: string; quote: string; locator?: string; title?: string };
}

export interface StructureOptions {
  width: number;
  size?: number;
  /** Narrowest pillar / aspect box before wrapping. */
  minPillar?: number;
  minAspect?: number;
  /** Side of a measure slot. */
  slot?: number;
}

/** Which aspects have a pillar given in their data (only those get a connector). */
export function pillarLinks(
  input: Pick<StructureInput, 'pillars' | 'aspects'>,
): Array<{ aspect: string; pillar: string }> {
  const known = new Set(input.pillars.map((p) => p.id));
  return sortById(input.aspects)
    .filter((a) => a.pillar && known.has(a.pillar))
    .map((a) => ({ aspect: a.id, pillar: a.pillar! }));
}

/** The sentence saying what is and is not known about pillar → aspect. */
export function pillarLinkNote(input: Pick<StructureInput, 'pillars' | 'aspects'>): string {
  const linked = pillarLinks(input).length;
  const n = input.aspects.length;
  if (linked === 0)
    return `来源没有说明这 ${n} 个方面分别属于哪个板块，所以图中不画板块与方面之间的连线。`;
  if (linked === n) return `${n} 个方面所属的板块都有来源写明，图中按来源连线。`;
  return `${linked} 个方面有来源写明所属板块，图中已连线；其余 ${n - linked} 个没有来源说明，不画连线。`;
}

/**
 * One slot per measure of the stated total (or more, if more are listed): slot
 * k holds measure Mk when it is listed. Measures without a number that fits go
 * after the numbered slots.
 */
export function measureSlots<M extends { id: string }>(
  stated: number,
  measures: readonly M[],
): Array<{ n: number; measure?: M }> {
  const byNumber = new Map(measures.map((m) => [splitId(m.id)[1], m]));
  const n = Math.max(stated, measures.length, ...[...byNumber.keys()]);
  return Array.from({ length: n }, (_, i) => ({ n: i + 1, measure: byNumber.get(i + 1) }));
}

export interface StructureLayout extends Scene {
  links: Array<{ aspect: string; pillar: string }>;
  listed: number;
  slots: number;
}

/** Positions of everything in the structure diagram at a given width. */
export function layoutStructure(input: StructureInput, opts: StructureOptions): StructureLayout {
  const { width, size = 14, minPillar = 200, minAspect = 100, slot = 26 } = opts;
  const pillars = sortById(input.pillars);
  const aspects = sortById(input.aspects);
  const measures = sortById(input.measures);
  const nodes: SceneNode[] = [];
  const edges: SceneNode[] = [];
  const gap = 8;
  let y = 0;
  const heading = (key: string, text: string) => {
    const b = textBlock(text, 0, y, width, 16, 'strong');
    nodes.push({ key, cls: 'heading', shapes: [], lines: b.lines });
    y += b.height + 8;
  };

  // Pillars.
  heading('h-pillars', `${pillars.length} 大板块`);
  const pOpts = { size, pad: 9, badge: { text: '', cls: 'badge' }, minHeight: 44 };
  const pGrid = placeGrid(
    pillars,
    { x: 0, y, width, minCell: minPillar, gap, balance: true },
    (p, w) => measureLabel(p.title, w, { ...pOpts, badge: { text: p.id, cls: 'badge' } }).height,
  );
  const pillarBox = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const c of pGrid.cells) {
    pillarBox.set(c.item.id, c);
    nodes.push({
      key: c.item.id,
      href: entryPath('pillars', c.item.id),
      label: `${c.item.id} ${c.item.title}`,
      cls: 'pillar',
      data: { id: c.item.id },
      shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 6, cls: 'box' }],
      lines: labelLines(c.item.title, c.x, c.y, c.w, {
        ...pOpts,
        badge: { text: c.item.id, cls: 'badge' },
      }),
    });
  }
  y += pGrid.height + 10;

  // What is known about pillar → aspect.
  const links = pillarLinks(input);
  const note = textBlock(pillarLinkNote(input), 14, y + 8, width - 14, 13, 'muted');
  nodes.push({
    key: 'pillar-note',
    cls: 'note',
    data: { links: String(links.length) },
    shapes: [{ kind: 'path', d: `M2 ${y} V${y + note.height + 16}`, cls: 'rule' }],
    lines: note.lines,
  });
  y += note.height + 16 + 12;

  // Aspects.
  heading('h-aspects', `${aspects.length} 个方面`);
  const listedBy = new Map<string, number>();
  for (const m of measures) listedBy.set(m.aspect, (listedBy.get(m.aspect) ?? 0) + 1);
  const aNote = (a: StructureInput['aspects'][number]) => {
    const parts = [
      a.pillar && pillarBox.has(a.pillar) ? `属 ${a.pillar}` : '',
      listedBy.get(a.id) ? `已列出举措 ${listedBy.get(a.id)} 项` : '',
    ].filter(Boolean);
    return parts.length ? { text: parts.join(' · '), size: 12, cls: 'muted' } : undefined;
  };
  const aOpts = (a: StructureInput['aspects'][number]) => ({
    size,
    pad: 7,
    badge: { text: a.id, cls: 'badge' },
    minHeight: 44,
    note: aNote(a),
  });
  const aGrid = placeGrid(
    aspects,
    { x: 0, y, width, minCell: minAspect, gap: 6, balance: true },
    (a, w) => measureLabel(a.title, w, aOpts(a)).height,
  );
  const aspectBox = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const c of aGrid.cells) {
    aspectBox.set(c.item.id, c);
    nodes.push({
      key: c.item.id,
      href: entryPath('aspects', c.item.id),
      label: `${c.item.id} ${c.item.title}`,
      cls: 'aspect',
      data: { id: c.item.id, ...(c.item.pillar ? { pillar: c.item.pillar } : {}) },
      shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 6, cls: 'box' }],
      lines: labelLines(c.item.title, c.x, c.y, c.w, aOpts(c.item)),
    });
  }
  for (const l of links) {
    const p = pillarBox.get(l.pillar)!;
    const a = aspectBox.get(l.aspect)!;
    const x1 = p.x + p.w / 2,
      y1 = p.y + p.h,
      x2 = a.x + a.w / 2,
      y2 = a.y;
    edges.push({
      key: `${l.pillar}-${l.aspect}`,
      cls: 'link-pa',
      data: { from: l.pillar, to: l.aspect },
      shapes: [
        {
          kind: 'path',
          d: `M${x1.toFixed(1)} ${y1.toFixed(1)} C${x1.toFixed(1)} ${((y1 + y2) / 2).toFixed(1)} ${x2.toFixed(1)} ${((y1 + y2) / 2).toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`,
          cls: 'edge',
        },
      ],
      lines: [],
    });
  }
  y += aGrid.height + 22;

  // Measures: the stated total as slots, filled for those listed.
  heading(
    'h-measures',
    `举措：来源称共 ${input.statedMeasures} 项，本站已列出 ${measures.length} 项`,
  );
  const s = input.statedSource;
  const srcText = `来源原文：“${s.quote}”${s.locator ? `（${s.locator}）` : ''} ›`;
  const src = textBlock(srcText, 8, y + 8, width - 16, 13);
  const srcH = Math.max(44, src.height + 16);
  nodes.push({
    key: 'stated-source',
    href: withBase(`/sources/${s.id}/`),
    label: `${srcText.replace(/ ›$/, '')}${s.title ? `，见《${s.title}》` : ''}`,
    cls: 'source-link plain',
    data: { stated: String(input.statedMeasures) },
    shapes: [{ kind: 'rect', x: 0, y, w: width, h: srcH, rx: 6, cls: 'box' }],
    lines: src.lines.map((l) => ({ ...l, y: l.y + (srcH - src.height - 16) / 2 })),
  });
  y += srcH + 10;
  const slots = measureSlots(input.statedMeasures, measures);
  const sCols = balanceColumns(slots.length, gridColumns(width, slot, 4));
  const sGrid = placeGrid(
    slots,
    { x: 0, y, width: sCols * (slot + 4) - 4, cols: sCols, minCell: slot, gap: 4 },
    () => slot,
  );
  for (const c of sGrid.cells) {
    const m = c.item.measure;
    const box = { kind: 'rect' as const, x: c.x, y: c.y, w: c.w, h: c.h, rx: 4, cls: 'box' };
    if (m) {
      const a = aspectBox.get(m.aspect);
      if (a)
        edges.push({
          key: `${m.aspect}-${m.id}`,
          cls: 'link-am',
          data: { from: m.aspect, to: m.id },
          shapes: [
            {
              kind: 'path',
              d: `M${(a.x + a.w / 2).toFixed(1)} ${(a.y + a.h).toFixed(1)} L${(c.x + c.w / 2).toFixed(1)} ${c.y.toFixed(1)}`,
              cls: 'edge',
            },
          ],
          lines: [],
        });
      nodes.push({
        key: m.id,
        href: entryPath('measures', m.id),
        label: `${m.id} ${m.title}（${m.aspect}）`,
        cls: 'measure',
        data: { id: m.id, aspect: m.aspect },
        shapes: [box],
        lines: [
          {
            x: c.x + c.w / 2,
            y: c.y + c.h / 2 + 4,
            size: 11,
            anchor: 'middle',
            spans: [{ text: String(c.item.n), cls: 'badge' }],
          },
        ],
      });
    } else {
      nodes.push({
        key: `slot-${c.item.n}`,
        cls: 'slot',
        data: { slot: String(c.item.n) },
        shapes: [box],
        lines: [],
      });
    }
  }
  y += sGrid.height + 10;
  // Legend for the slots.
  const legend: SceneNode = { key: 'legend', cls: 'legend', shapes: [], lines: [] };
  let lx = 0;
  const item = (cls: string, text: string) => {
    const w = 20 + textWidth(text, 12);
    if (lx > 0 && lx + w > width) {
      lx = 0;
      y += 20;
    }
    legend.shapes.push({ kind: 'rect', x: lx, y, w: 14, h: 14, rx: 3, cls });
    legend.lines.push(...textBlock(text, lx + 20, y - 1, width - lx - 20, 12, 'muted').lines);
    lx += w + 16;
  };
  item('slot-sample', `尚未找到原文的举措（${slots.length - measures.length} 项）`);
  if (measures.length) item('sample', '已列出，可点开');
  nodes.push(legend);
  y += 20;
  return {
    width,
    height: Math.ceil(y),
    nodes: [...edges, ...nodes],
    links,
    listed: measures.length,
    slots: slots.length,
  };
}
