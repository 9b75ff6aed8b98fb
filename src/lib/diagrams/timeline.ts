// Layout of the timeline: the plan's issue, the year's work programme and the
// targets that have a year, one block per year in order. Years come from the
// data; how sure each item is shows as its outline (solid / dashed / dotted).
import { entryPath, sortById } from '../ids.ts';
import { describeDate, type DateStatus } from '../dates.ts';
import { CERTAINTY_LABEL } from '../labels.ts';
import { placeGrid } from './grid.ts';
import { labelLines, measureLabel, textBlock, type Scene, type SceneNode } from './scene.ts';

export type Certainty = keyof typeof CERTAINTY_LABEL;

/** Short tags for target boxes; the legend uses the full CERTAINTY_LABEL. */
export const CERTAINTY_TAG: Record<Certainty, string> = {
  plan: '方案内容',
  commentary: '评论 · 对应属推断',
  department: '部门计划',
  related: '背景 · 非本方案',
};

/** Outline style by certainty: only what the explainer reports as plan content is solid. */
export const CERTAINTY_LINE: Record<Certainty, 'solid' | 'dashed' | 'dotted'> = {
  plan: 'solid',
  commentary: 'dashed',
  department: 'dashed',
  related: 'dotted',
};

export interface TimelineInput {
  issue: { title: string; date?: string; status: DateStatus; href?: string };
  programmes: ReadonlyArray<{ id: string; title: string; year: number }>;
  targets: ReadonlyArray<{ id: string; title: string; year?: number; certainty: Certainty }>;
}

export interface TimelineOptions {
  width: number;
  /** Also draw targets marked `related` (other documents' targets). */
  includeRelated?: boolean;
  size?: number;
}

export interface YearBlock {
  year: number;
  issue: boolean;
  programmes: TimelineInput['programmes'][number][];
  targets: TimelineInput['targets'][number][];
}

/** The year of a partial date (`2024-07` → 2024). */
export function yearOf(date: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Items grouped by year, in order; targets without a year, and related ones unless asked for, are left out (and returned). */
export function timelineYears(
  input: TimelineInput,
  includeRelated = false,
): {
  years: YearBlock[];
  undated: TimelineInput['targets'][number][];
  excluded: TimelineInput['targets'][number][];
} {
  const targets = sortById(input.targets);
  const excluded = includeRelated ? [] : targets.filter((t) => t.certainty === 'related');
  const shown = targets.filter((t) => !excluded.includes(t));
  const undated = shown.filter((t) => t.year === undefined);
  const issueYear = input.issue.status === 'unknown' ? undefined : yearOf(input.issue.date);
  const years = new Set<number>([
    ...(issueYear ? [issueYear] : []),
    ...input.programmes.map((p) => p.year),
    ...shown.flatMap((t) => (t.year === undefined ? [] : [t.year])),
  ]);
  return {
    years: [...years]
      .sort((a, b) => a - b)
      .map((year) => ({
        year,
        issue: issueYear === year,
        programmes: sortById(input.programmes.filter((p) => p.year === year)),
        targets: shown.filter((t) => t.year === year),
      })),
    undated,
    excluded,
  };
}

/** A target title without a leading `2025 年：` (the year is on the axis). */
export function stripYear(title: string, year?: number): string {
  return year === undefined ? title : title.replace(new RegExp(`^${year}\\s*年\\s*[：:]\\s*`), '');
}

export interface TimelineLayout extends Scene {
  years: YearBlock[];
  undated: TimelineInput['targets'][number][];
  excluded: TimelineInput['targets'][number][];
  /** Outline styles in use, for the legend. */
  styles: Array<'solid' | 'dashed' | 'dotted'>;
}

/** Positions of everything in the timeline at a given width. */
export function layoutTimeline(input: TimelineInput, opts: TimelineOptions): TimelineLayout {
  const { width, size = 14, includeRelated = false } = opts;
  const { years, undated, excluded } = timelineYears(input, includeRelated);
  const nodes: SceneNode[] = [];
  const axisX = 8;
  const x0 = 26;
  const inner = width - x0;
  const gap = 8;
  const styles = new Set<'solid' | 'dashed' | 'dotted'>();
  const dots: number[] = [];
  let y = 0;
  let prevYear: number | undefined;
  for (const b of years) {
    if (prevYear !== undefined && b.year - prevYear > 1) {
      nodes.push({
        key: `gap-${b.year}`,
        cls: 'gap',
        shapes: [],
        lines: [
          {
            x: x0,
            y: y - 2,
            size: 12,
            cls: 'muted',
            spans: [{ text: `（${b.year - prevYear} 年后）` }],
          },
        ],
      });
      y += 10;
    }
    prevYear = b.year;
    // The year on the axis.
    dots.push(y + 11);
    nodes.push({
      key: `y${b.year}`,
      cls: 'year',
      data: { year: String(b.year) },
      shapes: [{ kind: 'circle', cx: axisX, cy: y + 11, r: 7, cls: 'dot' }],
      lines: [{ x: x0, y: y + 18, size: 18, cls: 'strong', spans: [{ text: `${b.year} 年` }] }],
    });
    y += 30;
    if (b.issue) {
      const i = input.issue;
      const line = i.status === 'stated' ? 'solid' : 'dashed';
      styles.add(line);
      const text = `${i.title}印发`;
      const o = {
        size,
        pad: 9,
        note: {
          text: `印发时间：${describeDate(i.date, i.status)}${i.status === 'stated' ? '' : '，确切日期未找到'}${i.href ? ' ›' : ''}`,
          size: 12,
          cls: 'muted',
        },
        minHeight: 44,
      };
      const h = measureLabel(text, inner, o).height;
      nodes.push({
        key: 'issue',
        href: i.href,
        label: `${text}，${describeDate(i.date, i.status)}`,
        cls: `event issue plain ${line}`,
        data: { status: i.status },
        shapes: [{ kind: 'rect', x: x0, y, w: inner, h, rx: 6, cls: 'box' }],
        lines: labelLines(text, x0, y, inner, o),
      });
      y += h + gap;
    }
    if (b.programmes.length) {
      styles.add('solid');
      const head = textBlock(
        `${b.year} 年工作要点：${b.programmes.length} 项工程`,
        x0,
        y + 2,
        inner,
        13,
        'muted',
      );
      nodes.push({ key: `h-programmes-${b.year}`, cls: 'sub', shapes: [], lines: head.lines });
      y += head.height + 8;
      const pOpts = (p: { id: string }) => ({
        size,
        pad: 8,
        badge: { text: p.id, cls: 'badge' },
        minHeight: 44,
      });
      const grid = placeGrid(
        b.programmes,
        { x: x0, y, width: inner, minCell: 150, gap, balance: true },
        (p, w) => measureLabel(p.title, w, pOpts(p)).height,
      );
      for (const c of grid.cells) {
        nodes.push({
          key: c.item.id,
          href: entryPath('programmes', c.item.id),
          label: `${c.item.id} ${c.item.title}`,
          cls: 'event programme',
          data: { id: c.item.id, year: String(b.year) },
          shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 6, cls: 'box' }],
          lines: labelLines(c.item.title, c.x, c.y, c.w, pOpts(c.item)),
        });
      }
      y += grid.height + gap;
    }
    if (b.targets.length) {
      const tOpts = (t: YearBlock['targets'][number]) => ({
        size,
        pad: 9,
        badge: { text: t.id, cls: 'badge' },
        minHeight: 44,
        note: { text: CERTAINTY_TAG[t.certainty], size: 12, cls: 'muted' },
      });
      const grid = placeGrid(
        b.targets,
        { x: x0, y, width: inner, minCell: 240, gap, balance: true },
        (t, w) => measureLabel(stripYear(t.title, t.year), w, tOpts(t)).height,
      );
      for (const c of grid.cells) {
        const t = c.item;
        const line = CERTAINTY_LINE[t.certainty];
        styles.add(line);
        nodes.push({
          key: t.id,
          href: entryPath('targets', t.id),
          label: `${t.id} ${stripYear(t.title, t.year)}（${CERTAINTY_TAG[t.certainty]}）`,
          cls: `event target certainty-${t.certainty} ${line}`,
          data: { id: t.id, year: String(t.year), certainty: t.certainty },
          shapes: [{ kind: 'rect', x: c.x, y: c.y, w: c.w, h: c.h, rx: 6, cls: 'box' }],
          lines: labelLines(stripYear(t.title, t.year), c.x, c.y, c.w, tOpts(t)),
        });
      }
      y += grid.height + gap;
    }
    y += 14;
  }
  if (dots.length > 1)
    nodes.unshift({
      key: 'axis',
      cls: 'axis-line',
      shapes: [{ kind: 'path', d: `M${axisX} ${dots[0]} V${dots[dots.length - 1]}`, cls: 'axis' }],
      lines: [],
    });

  // What is left out.
  const left: string[] = [];
  if (undated.length)
    left.push(
      `另有 ${undated.length} 项目标没有年份（${undated.map((t) => t.id).join('、')}），不在时间轴上。`,
    );
  if (excluded.length)
    left.push(
      `${excluded.length} 项${CERTAINTY_LABEL.related}的目标（${excluded.map((t) => t.id).join('、')}）未画入。`,
    );
  left.push('年份之间的距离不按比例。');
  const note = textBlock(left.join(''), 0, y, width, 12, 'muted');
  nodes.push({ key: 'left-out', cls: 'note', shapes: [], lines: note.lines });
  y += note.height + 12;

  // Legend: one row per outline style in use.
  const legendText: Record<'solid' | 'dashed' | 'dotted', string> = {
    solid: `实线框：${CERTAINTY_LABEL.plan}`,
    dashed: `虚线框：没那么确定（${[
      ...(years.some((b) => b.issue) && input.issue.status !== 'stated' ? ['印发日期为推断'] : []),
      ...[...new Set(years.flatMap((b) => b.targets.map((t) => t.certainty)))]
        .filter((c) => CERTAINTY_LINE[c] === 'dashed')
        .map((c) => CERTAINTY_LABEL[c]),
    ].join('；')}）`,
    dotted: `点线框：${CERTAINTY_LABEL.related}`,
  };
  const order = (['solid', 'dashed', 'dotted'] as const).filter((s) => styles.has(s));
  for (const s of order) {
    const b = textBlock(legendText[s], 30, y, width - 30, 12, 'muted');
    nodes.push({
      key: `legend-${s}`,
      cls: `legend ${s} plain`,
      data: { style: s },
      shapes: [{ kind: 'rect', x: 0, y: y + 1, w: 22, h: 14, rx: 3, cls: 'box sample' }],
      lines: b.lines,
    });
    y += Math.max(b.height, 16) + 6;
  }
  return { width, height: Math.ceil(y), nodes, years, undated, excluded, styles: order };
}
