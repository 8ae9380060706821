import { withDrawing } from './sheetXml';
import type { ChartData } from './xlsxChartData';
import { chartXml, xmlEscape } from './xlsxCharts';
import { type ChartFrame, drawingXml } from './xlsxDrawing';
import type { GridPoint } from './xlsxLayout';
import { entryBytes, type ZipEntry } from './zip';

/**
 * The package parts that put charts on sheets, added to the parts exceljs wrote (Open Packaging
 * Conventions, ECMA-376 Part 2): per sheet with charts a drawing part, its relationships to one
 * chart part per chart, the sheet's relationship to the drawing and its `<drawing>` element, and an
 * override in the content types stream `[Content_Types].xml` for each new part. Relationship ids and part
 * numbers are picked past those already in the package.
 */

/** The charts of one worksheet part, with where each sits. */
export interface SheetCharts {
  /** The worksheet part, such as `xl/worksheets/sheet3.xml`. */
  sheet: string;
  charts: { data: ChartData; from: GridPoint; to: GridPoint }[];
}

const RELATIONSHIP_TYPES = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const CONTENT_TYPES = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_PART = '[Content_Types].xml';

type Relationship = { id: string; type: string; target: string };

const relationshipElement = (r: Relationship) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`;

/** A relationships part: the given relationships added to the existing part's, or a new part. */
function withRelationships(existing: string | undefined, added: Relationship[]): string {
  const elements = added.map(relationshipElement).join('');
  if (existing === undefined) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${elements}</Relationships>`;
  if (/<Relationships\b[^>]*\/>/.test(existing)) return existing.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${elements}</Relationships>`);
  return existing.replace('</Relationships>', `${elements}</Relationships>`);
}

/** The first id `rIdN` not used in a relationships part. */
function freeRelationshipId(existing: string | undefined): string {
  const used = new Set([...(existing ?? '').matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The relationships part of a part: `xl/worksheets/sheet3.xml` → `xl/worksheets/_rels/sheet3.xml.rels`. */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Numbers for new parts `folder/{stem}N.xml`, counting on from the highest already in the package. */
function numbering(names: string[], folder: string, stem: string): () => number {
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  let last = names.reduce((m, name) => Math.max(m, Number(pattern.exec(name)?.[1] ?? 0)), 0);
  return () => ++last;
}

/**
 * The parts to write for the charts: new parts (drawings, charts, relationships) and the new text
 * of parts exceljs wrote that change (the sheets, their relationships, the content types), by part
 * name. Empty when no sheet has a chart.
 */
export function chartParts(entries: ZipEntry[], sheets: SheetCharts[]): Map<string, string> {
  const parts = new Map<string, string>();
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return parts;
  const names = entries.map((e) => e.name);
  const read = (name: string): string | undefined => {
    const entry = entries.find((e) => e.name === name);
    return entry ? entryBytes(entry).toString('utf8') : undefined;
  };
  const nextDrawing = numbering(names, 'xl/drawings', 'drawing');
  const nextChart = numbering(names, 'xl/charts', 'chart');
  const overrides: string[] = [];
  for (const { sheet, charts } of withCharts) {
    const sheetXml = read(sheet);
    if (sheetXml === undefined) throw new Error(`the package has no ${sheet}`);
    const drawing = `xl/drawings/drawing${nextDrawing()}.xml`;
    const frames: ChartFrame[] = [];
    const chartLinks: Relationship[] = charts.map((chart, i) => {
      const part = `xl/charts/chart${nextChart()}.xml`;
      parts.set(part, chartXml(chart.data));
      overrides.push(`<Override PartName="/${part}" ContentType="${CONTENT_TYPES.chart}"/>`);
      const id = `rId${i + 1}`;
      frames.push({ from: chart.from, to: chart.to, title: chart.data.title, relationshipId: id });
      return { id, type: RELATIONSHIP_TYPES.chart, target: `../charts/${part.slice('xl/charts/'.length)}` };
    });
    parts.set(drawing, drawingXml(frames));
    parts.set(relationshipsPartOf(drawing), withRelationships(undefined, chartLinks));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${CONTENT_TYPES.drawing}"/>`);
    const sheetRelationships = relationshipsPartOf(sheet);
    const existing = read(sheetRelationships);
    const id = freeRelationshipId(existing);
    parts.set(sheetRelationships, withRelationships(existing, [{ id, type: RELATIONSHIP_TYPES.drawing, target: `../drawings/${drawing.slice('xl/drawings/'.length)}` }]));
    parts.set(sheet, withDrawing(sheetXml, id));
  }
  const types = read(CONTENT_TYPES_PART);
  if (types === undefined) throw new Error(`the package has no ${CONTENT_TYPES_PART}`);
  parts.set(CONTENT_TYPES_PART, types.replace('</Types>', `${overrides.join('')}</Types>`));
  return parts;
}
