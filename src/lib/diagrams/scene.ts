// A diagram as plain data: boxes, lines of text and connectors with positions,
// computed by the layout functions and drawn by DiagramSvg.astro. Classes name
// a role (tile, tier-e, dashed, …); colours come from CSS variables, never from here.
import { textWidth, wrapText } from './text.ts';

/** A run of text inside a line, with its own class (e.g. a bold ID badge). */
export interface Span {
  text: string;
  cls?: string;
}

/** One line of SVG text; `y` is the baseline. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  spans: Span[];
  anchor?: 'start' | 'middle' | 'end';
  cls?: string;
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; rx?: number; cls?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; cls?: string }
  | { kind: 'path'; d: string; cls?: string };

/** Something drawn: a link when `href` is set, otherwise a plain group. */
export interface SceneNode {
  /** Stable key (usually an entry ID), for tests and data attributes. */
  key: string;
  href?: string;
  /** Accessible name of the link; starts with the visible text. */
  label?: string;
  /** Marks the entry of the page being shown. */
  current?: boolean;
  cls?: string;
  /** Rendered as data-* attributes. */
  data?: Record<string, string>;
  shapes: Shape[];
  lines: TextLine[];
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
}

/** Line height used for wrapped labels, as a multiple of the font size. */
export const LEADING = 1.35;

/** Baseline of line `i` of a block whose top edge is at `top`. */
export function baseline(top: number, size: number, i = 0): number {
  return top + size * 1.02 + i * size * LEADING;
}

/** Height of `n` lines of text at `size`. */
export function linesHeight(n: number, size: number): number {
  return n <= 0 ? 0 : size * 1.25 + (n - 1) * size * LEADING;
}

export interface LabelOptions {
  size: number;
  /** Inner padding. */
  pad: number;
  /** An inline badge (e.g. the ID) set before the first line, with its own class. */
  badge?: Span;
  /** Extra lines of smaller text below, e.g. a note or tag. */
  note?: { text: string; size: number; cls?: string };
  maxLines?: number;
  /** Minimum box height (e.g. 44 for a comfortable tap target). */
  minHeight?: number;
}

/**
 * The wrapped lines and height of a labelled box of width `w`. A badge goes
 * before the first line, or on a line of its own when that breaks the label
 * less (人工智能 whole under F1 rather than F1 人 / 工智能).
 */
export function measureLabel(
  text: string,
  w: number,
  o: LabelOptions,
): { lines: string[]; badgeOwnLine: boolean; noteLines: string[]; height: number } {
  const inner = w - 2 * o.pad;
  let lines = wrapText(text, inner, o.size, { maxLines: o.maxLines, balance: true });
  let badgeOwnLine = false;
  if (o.badge) {
    const inline = wrapText(text, inner, o.size, {
      firstIndent: textWidth(`${o.badge.text} `, o.size),
      maxLines: o.maxLines,
      balance: true,
    });
    badgeOwnLine =
      lines.length + 1 < inline.length ||
      (lines.length + 1 === inline.length && lines.length < inline.length);
    if (!badgeOwnLine) lines = inline;
  }
  const noteLines = o.note ? wrapText(o.note.text, inner, o.note.size) : [];
  const noteH = noteLines.length ? 4 + linesHeight(noteLines.length, o.note!.size) : 0;
  const textLines = lines.length + (badgeOwnLine ? 1 : 0);
  const height = Math.max(o.minHeight ?? 0, 2 * o.pad + linesHeight(textLines, o.size) + noteH);
  return { lines, badgeOwnLine, noteLines, height };
}

/** Text lines for a labelled box at (x, y) of width w (top-aligned, left-aligned). */
export function labelLines(
  text: string,
  x: number,
  y: number,
  w: number,
  o: LabelOptions,
): TextLine[] {
  const m = measureLabel(text, w, o);
  const out: TextLine[] = [];
  let i = 0;
  if (o.badge && m.badgeOwnLine)
    out.push({
      x: x + o.pad,
      y: baseline(y + o.pad, o.size, i++),
      size: o.size,
      spans: [{ text: o.badge.text, cls: o.badge.cls }],
    });
  m.lines.forEach((line, k) => {
    const spans: Span[] =
      k === 0 && o.badge && !m.badgeOwnLine
        ? [{ text: `${o.badge.text} `, cls: o.badge.cls }, { text: line }]
        : [{ text: line }];
    out.push({ x: x + o.pad, y: baseline(y + o.pad, o.size, i++), size: o.size, spans });
  });
  const noteTop = y + o.pad + linesHeight(i, o.size) + 4;
  m.noteLines.forEach((line, k) =>
    out.push({
      x: x + o.pad,
      y: baseline(noteTop, o.note!.size, k),
      size: o.note!.size,
      spans: [{ text: line }],
      cls: o.note!.cls,
    }),
  );
  return out;
}

/** A free-standing block of wrapped text (a heading or a note), and its height. */
export function textBlock(
  text: string,
  x: number,
  y: number,
  w: number,
  size: number,
  cls?: string,
  badge?: Span,
): { lines: TextLine[]; height: number } {
  const lines = wrapText(text, w, size, {
    firstIndent: badge ? textWidth(`${badge.text} `, size) : 0,
  });
  return {
    lines: lines.map((l, i) => ({
      x,
      y: baseline(y, size, i),
      size,
      cls,
      spans:
        i === 0 && badge
          ? [{ text: `${badge.text} `, cls: badge.cls }, { text: l }]
          : [{ text: l }],
    })),
    height: linesHeight(lines.length, size),
  };
}

/** The full text of a line. */
export function lineText(l: TextLine): string {
  return l.spans.map((s) => s.text).join('');
}

/** All text a scene shows, line by line (for tests). */
export function sceneText(s: Scene): string[] {
  return s.nodes.flatMap((n) => n.lines.map(lineText));
}

/** Rounds coordinates so the SVG stays short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Text lines that would stick out: past the scene's edges, or past the right
 * edge of the box drawn in the same node. Uses the same width estimate as the
 * layout; an empty list means everything fits.
 */
export function overflowing(s: Scene): string[] {
  const out: string[] = [];
  for (const n of s.nodes) {
    const box = n.shapes.find(
      (sh): sh is Extract<Shape, { kind: 'rect' }> => sh.kind === 'rect' && sh.cls === 'box',
    );
    for (const l of n.lines) {
      const w = textWidthOf(l);
      const left = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x;
      const right = left + w;
      const limit = box ? Math.min(box.x + box.w, s.width) : s.width;
      if (left < -0.5 || right > limit + 0.5)
        out.push(`${n.key}: “${lineText(l)}” ends at ${right.toFixed(1)} > ${limit.toFixed(1)}`);
      if (l.y > s.height + 0.5) out.push(`${n.key}: “${lineText(l)}” below the scene`);
    }
    for (const sh of n.shapes) {
      if (
        sh.kind === 'rect' &&
        (sh.x < -0.5 || sh.x + sh.w > s.width + 0.5 || sh.y + sh.h > s.height + 0.5)
      )
        out.push(`${n.key}: box outside the scene`);
    }
  }
  return out;
}

function textWidthOf(l: TextLine): number {
  return textWidth(lineText(l), l.size);
}
