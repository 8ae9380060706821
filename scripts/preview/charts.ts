/**
 * The tabs' embedded charts drawn for the preview grid, so a screenshot shows what Sheets shows.
 * Laid out here in Node as a list of SVG shapes (typed, testable); the page only creates the
 * elements, with text through textContent, so a header from the sheet is never parsed as markup.
 * Drawn by hand rather than with a chart library: four plain types (column, bar, line, pie) need
 * about 150 lines, and the preview stays free of a dependency that Sheets does not use anyway.
 *
 * @example
 * chartShapes({ type: 'COLUMN', title: 'New customers', labels: ['Jan', 'Feb'], series: [{ name: 'New', values: [3, 5], percent: false }] })
 */

/** One series of a chart: its header and its body values (null where a cell is empty or text). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** The cells are formatted as percentages (ticks then say 25%). */
  percent: boolean;
}

export interface ChartData {
  /** The EmbeddedChartBuilder type: BAR (horizontal), COLUMN, LINE or PIE. */
  type: string;
  title: string;
  labels: string[];
  series: ChartSeries[];
}

/** One SVG element: tag, attributes and text. */
export interface Shape {
  tag: 'rect' | 'line' | 'text' | 'polyline' | 'path';
  attrs: Record<string, string | number>;
  text?: string;
}

/** Sheets' default size of an inserted chart, and its default series colours. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72', '#fcd04f', '#71c287'];
const INK = '#5f6368';
const FONT = 'Arial, sans-serif';

const text = (x: number, y: number, s: string, more: Record<string, string | number> = {}): Shape => ({
  tag: 'text',
  attrs: { x, y, 'font-family': FONT, 'font-size': 11, fill: INK, ...more },
  text: s,
});
const line = (x1: number, y1: number, x2: number, y2: number, stroke = '#e0e0e0'): Shape => ({ tag: 'line', attrs: { x1, y1, x2, y2, stroke } });
const rect = (x: number, y: number, width: number, height: number, fill: string): Shape => ({ tag: 'rect', attrs: { x, y, width: Math.max(0, width), height: Math.max(0, height), fill } });

/** About five round steps covering min..max, including 0 (as Sheets' axes do). */
export function niceTicks(min: number, max: number): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max) === lo ? lo + 1 : Math.max(0, max);
  const raw = (hi - lo) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  const last = Math.ceil(hi / step - 1e-9) * step;
  for (let v = Math.floor(lo / step) * step; v <= last + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function tickText(v: number, percent: boolean): string {
  return percent ? `${Number((v * 100).toPrecision(6))}%` : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Cuts a label to what fits in `px` (about 6 px a character at 11 px). */
function clip(s: string, px: number): string {
  const n = Math.max(1, Math.floor(px / 6));
  return s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s;
}

function legend(series: ChartSeries[] | string[], y: number): Shape[] {
  const out: Shape[] = [];
  let x = 16;
  series.forEach((s, i) => {
    const name = typeof s === 'string' ? s : s.name;
    out.push(rect(x, y - 9, 10, 10, COLOURS[i % COLOURS.length]), text(x + 14, y, clip(name, 160)));
    x += 24 + Math.min(160, name.length * 6);
  });
  return out;
}

/** Column, bar and line charts: value axis with gridlines, category labels, one colour per series. */
function axisChart(data: ChartData, top: number): Shape[] {
  const out: Shape[] = [];
  const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const percent = data.series.some((s) => s.percent);
  const horizontal = data.type === 'BAR';
  const labelRoom = horizontal ? Math.min(140, 12 + 6 * Math.max(0, ...data.labels.map((l) => l.length))) : 12 + 6 * Math.max(...ticks.map((t) => tickText(t, percent).length));
  const box = { left: 16 + labelRoom, top, right: CHART_WIDTH - 20, bottom: CHART_HEIGHT - 36 };
  const n = Math.max(1, data.labels.length);
  const valueAt = (v: number) => (horizontal ? box.left + ((v - lo) / (hi - lo)) * (box.right - box.left) : box.bottom - ((v - lo) / (hi - lo)) * (box.bottom - box.top));
  for (const t of ticks) {
    const p = valueAt(t);
    if (horizontal) out.push(line(p, box.top, p, box.bottom), text(p, box.bottom + 14, tickText(t, percent), { 'text-anchor': 'middle' }));
    else out.push(line(box.left, p, box.right, p), text(box.left - 6, p + 4, tickText(t, percent), { 'text-anchor': 'end' }));
  }
  const band = ((horizontal ? box.bottom - box.top : box.right - box.left) / n);
  const every = Math.ceil((n * (horizontal ? 14 : 60)) / (horizontal ? box.bottom - box.top : box.right - box.left));
  data.labels.forEach((label, i) => {
    if (i % every) return;
    const mid = (horizontal ? box.top : box.left) + band * (i + 0.5);
    if (horizontal) out.push(text(box.left - 6, mid + 4, clip(label, labelRoom - 12), { 'text-anchor': 'end' }));
    else out.push(text(mid, box.bottom + 14, clip(label, band * every - 4), { 'text-anchor': 'middle' }));
  });
  const zero = valueAt(0);
  data.series.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length];
    if (data.type === 'LINE') {
      const points = s.values.map((v, i) => (v === null ? null : `${box.left + band * (i + 0.5)},${valueAt(v)}`)).filter((p) => p !== null);
      out.push({ tag: 'polyline', attrs: { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 } });
      return;
    }
    const bar = (band * 0.7) / data.series.length;
    s.values.forEach((v, i) => {
      if (v === null) return;
      const start = band * (i + 0.15) + bar * k;
      const p = valueAt(v);
      if (horizontal) out.push(rect(Math.min(zero, p), box.top + start, Math.abs(p - zero), bar, colour));
      else out.push(rect(box.left + start, Math.min(zero, p), bar, Math.abs(p - zero), colour));
    });
  });
  out.push(horizontal ? line(zero, box.top, zero, box.bottom, '#9aa0a6') : line(box.left, zero, box.right, zero, '#9aa0a6'));
  return out;
}

/** A pie of the first series, slices clockwise from 12 o'clock, labelled by the legend. */
function pieChart(data: ChartData, top: number): Shape[] {
  const values = (data.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const r = (CHART_HEIGHT - top - 20) / 2;
  const cx = CHART_WIDTH / 2;
  const cy = top + r;
  const out: Shape[] = [];
  let angle = 0;
  values.forEach((v, i) => {
    const next = angle + (v / total) * 2 * Math.PI;
    const at = (a: number) => `${cx + r * Math.sin(a)},${cy - r * Math.cos(a)}`;
    const d = v >= total ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0` : `M${cx},${cy}L${at(angle)}A${r},${r} 0 ${next - angle > Math.PI ? 1 : 0},1 ${at(next)}Z`;
    out.push({ tag: 'path', attrs: { d, fill: COLOURS[i % COLOURS.length], stroke: '#fff' } });
    angle = next;
  });
  return out;
}

/** The shapes of one chart, CHART_WIDTH × CHART_HEIGHT: title, legend, then the plot. */
export function chartShapes(data: ChartData): Shape[] {
  const pie = data.type === 'PIE';
  const out: Shape[] = [rect(0, 0, CHART_WIDTH, CHART_HEIGHT, '#fff'), text(16, 26, clip(data.title, CHART_WIDTH - 32), { 'font-size': 15, fill: '#202124' })];
  out.push(...legend(pie ? data.labels : data.series, 48));
  out.push(...(pie ? pieChart(data, 64) : axisChart(data, 66)));
  return out;
}
