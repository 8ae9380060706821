import type { CellRange, ChartData, SeriesData } from './xlsxChartData';

/**
 * A chart part (`xl/charts/chartN.xml`): the `c:chartSpace` of ECMA-376 Part 1 §21.2 (DrawingML
 * Charts) for the bar, column, line and pie charts the add-on builds in Sheets (src/sheets/writeTab.ts):
 * a title, one series per value column with the header cell as its name, the first column as the
 * categories, Sheets' colours and its legend. The elements are those of §21.2.2, in the order of the
 * schema's sequences (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarSer, CT_LineSer, CT_PieSer, CT_CatAx, CT_ValAx).
 */

export const CHART_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWING_MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A character XML 1.0 can hold (its Char production): not control characters other than tab and line ends, U+FFFE, U+FFFF or an unpaired surrogate. */
const isXmlChar = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0xd800) || (c >= 0xe000 && c < 0xfffe) || c >= 0x10000;
/** Any character outside the printable ranges, where the slow check is needed. */
const MAYBE_NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/;

/** Text as XML character data or an attribute value: markup characters escaped, what XML cannot hold dropped. */
export function xmlEscape(s: string): string {
  const chars = MAYBE_NOT_XML.test(s) ? Array.from(s).filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0)).join('') : s;
  return chars.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Google Sheets' default series colours, in order. */
const COLOURS = ['4285F4', 'EA4335', 'FBBC04', '34A853', 'FF6D01', '46BDC6', '7BAAF7', 'F07B72'];
const colour = (i: number) => COLOURS[i % COLOURS.length];

/** The ids tying each chart's category and value axes together (§21.2.2 `axId` and `crossAx`). */
const CATEGORY_AXIS = 1;
const VALUE_AXIS = 2;

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;

/** The chart's title in rich text (§21.2.2 `title`, `rich`; the paragraph is DrawingML text, §21.1.2). */
function title(text: string): string {
  const run = `<a:r><a:rPr sz="1400" b="0"/><a:t>${xmlEscape(text)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr>${run}</a:p></c:rich></c:tx>${val('overlay', 0)}</c:title>`;
}

/** A column's cells as a reference with its cache (§21.2.2 `numRef` / `strRef`); blank cells have no point. */
function reference(range: CellRange): string {
  const count = val('ptCount', range.points.length);
  const points = range.points.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`)).join('');
  const f = `<c:f>${xmlEscape(range.formula)}</c:f>`;
  if (range.kind === 'text') return `<c:strRef>${f}<c:strCache>${count}${points}</c:strCache></c:strRef>`;
  return `<c:numRef>${f}<c:numCache><c:formatCode>${xmlEscape(range.formatCode)}</c:formatCode>${count}${points}</c:numCache></c:numRef>`;
}

/** The series name: a reference to its header cell with the header's text cached (§21.2.2 `tx`). */
function seriesName(s: SeriesData): string {
  if (!s.name) return '';
  return `<c:tx><c:strRef><c:f>${xmlEscape(s.name.formula)}</c:f><c:strCache>${val('ptCount', 1)}<c:pt idx="0"><c:v>${xmlEscape(s.name.text)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
}

const solidFill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

/** One series (§21.2.2 `ser`: CT_BarSer, CT_LineSer, CT_PieSer), in each one's element order. */
function series(chart: ChartData, s: SeriesData, i: number): string {
  const head = `${val('idx', i)}${val('order', i)}${seriesName(s)}`;
  const data = `<c:cat>${reference(chart.categories)}</c:cat><c:val>${reference(s.values)}</c:val>`;
  switch (chart.type) {
    case 'bar':
    case 'column':
      return `<c:ser>${head}<c:spPr>${solidFill(colour(i))}</c:spPr>${val('invertIfNegative', 0)}${data}</c:ser>`;
    case 'line':
      return `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solidFill(colour(i))}<a:round/></a:ln></c:spPr><c:marker>${val('symbol', 'none')}</c:marker>${data}${val('smooth', 0)}</c:ser>`;
    case 'pie': {
      // A pie colours each slice (§21.2.2 `dPt`), as Sheets does, with the same palette.
      const slices = chart.categories.points.map((_, p) => `<c:dPt>${val('idx', p)}${val('bubble3D', 0)}<c:spPr>${solidFill(colour(p))}</c:spPr></c:dPt>`).join('');
      return `<c:ser>${head}${slices}${data}</c:ser>`;
    }
  }
}

/**
 * The category and value axes (§21.2.2 `catAx`, `valAx`). Horizontal bars list the first
 * category at the top, as Sheets does: the category axis runs max to min and the value axis crosses
 * it at the maximum, which is then the bottom.
 */
function axes(chart: ChartData): string {
  const horizontal = chart.type === 'bar';
  const ticks = `${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}`;
  const categoryFormat = chart.categories.kind === 'number' ? chart.categories.formatCode : 'General';
  const valueFormat = chart.series[0]?.values.formatCode ?? 'General';
  const category =
    `<c:catAx>${val('axId', CATEGORY_AXIS)}<c:scaling>${val('orientation', horizontal ? 'maxMin' : 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', horizontal ? 'l' : 'b')}` +
    `<c:numFmt formatCode="${xmlEscape(categoryFormat)}" sourceLinked="1"/>${ticks}${val('crossAx', VALUE_AXIS)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const value =
    `<c:valAx>${val('axId', VALUE_AXIS)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', horizontal ? 'b' : 'l')}<c:majorGridlines/>` +
    `<c:numFmt formatCode="${xmlEscape(valueFormat)}" sourceLinked="1"/>${ticks}${val('crossAx', CATEGORY_AXIS)}${val('crosses', horizontal ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return category + value;
}

/** The plot: one chart group of the spec's type (§21.2.2 `barChart`, `lineChart`, `pieChart`) and its axes. */
function plotArea(chart: ChartData): string {
  const all = chart.series.map((s, i) => series(chart, s, i)).join('');
  const axisIds = `${val('axId', CATEGORY_AXIS)}${val('axId', VALUE_AXIS)}`;
  switch (chart.type) {
    case 'bar':
    case 'column':
      return `<c:plotArea><c:layout/><c:barChart>${val('barDir', chart.type === 'bar' ? 'bar' : 'col')}${val('grouping', chart.stacked ? 'stacked' : 'clustered')}${val('varyColors', 0)}${all}${val('gapWidth', 80)}${chart.stacked ? val('overlap', 100) : ''}${axisIds}</c:barChart>${axes(chart)}</c:plotArea>`;
    case 'line':
      return `<c:plotArea><c:layout/><c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${all}${val('marker', 1)}${axisIds}</c:lineChart>${axes(chart)}</c:plotArea>`;
    case 'pie':
      return `<c:plotArea><c:layout/><c:pieChart>${val('varyColors', 1)}${all}${val('firstSliceAng', 0)}</c:pieChart></c:plotArea>`;
  }
}

/** The whole chart part for one chart. */
export function chartXml(chart: ChartData): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NAMESPACE}" xmlns:a="${DRAWING_MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `${val('roundedCorners', 0)}<c:chart>${title(chart.title)}${val('autoTitleDeleted', 0)}${plotArea(chart)}` +
    `<c:legend>${val('legendPos', chart.type === 'pie' ? 'r' : 'b')}${val('overlay', 0)}</c:legend>${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    '</c:chartSpace>'
  );
}
