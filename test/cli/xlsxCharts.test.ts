/**
 * Native charts, colour scale, formats, widths and heights in the .xlsx the demo writes: the sample
 * shop through `segmentFile`, read back as a package (parts, relationships, content types), with
 * exceljs, `unzip -t` and xmllint where they exist. Every chart formula is resolved against the
 * written cells and must give the values cached in the chart.
 *
 * Schema check: set OOXML_XSD_DIR to a folder of the ECMA-376 (1st edition) XML schemas, such as
 * `ooxml-xsds/` in Debian's libapache-poi-java source package (`apt-get source libapache-poi-java`
 * with a deb-src line); the chart, drawing, relationship, content-type and worksheet parts are then
 * validated with xmllint. Without it that test is skipped and the structural checks stand.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentFile } from '../../src/cli/segment';
import { withDrawing } from '../../src/cli/sheetXml';
import { readTable } from '../../src/cli/io';
import { writeXlsx } from '../../src/cli/xlsxWriter';
import { chartCorners, lineCount, textWidth } from '../../src/cli/xlsxLayout';
import { entryBytes, readZip } from '../../src/cli/zip';
import { segmentTable } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import { dayFromDate } from '../../src/core/days';
import type { TabSpec } from '../../src/core/report/tabSpec';

const SAMPLE = 'scripts/sample-shop/orders.csv';
/** A system tool (Debian's libxml2-utils), used when it is there; not an npm package. */
const XMLLINT = 'xmllint';
const hasXmllint = spawnSync(XMLLINT, ['--version']).status === 0;
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
const XSD_DIR = process.env.OOXML_XSD_DIR;

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** The package's parts as text, by name. */
function readPackage(path: string): Map<string, string> {
  return new Map(readZip(readFileSync(path)).map((e) => [e.name, entryBytes(e).toString('utf8')]));
}

/** The relationships of a part, targets resolved to part names. */
function relationshipsOf(parts: Map<string, string>, part: string): { id: string; type: string; target: string }[] {
  const rels = parts.get(`${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`) ?? '';
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({ id: attr(tag, 'Id'), type: attr(tag, 'Type').replace(/.*\//, ''), target: posix.normalize(posix.join(posix.dirname(part), attr(tag, 'Target'))).replace(/^\//, '') }));
}

/** The worksheet part of each sheet name. */
function sheetParts(parts: Map<string, string>): Map<string, string> {
  const rels = relationshipsOf(parts, 'xl/workbook.xml');
  return new Map([...(parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => [unescapeXml(attr(tag, 'name')), rels.find((r) => r.id === attr(tag, 'r:id'))?.target ?? '']));
}

/** The chart parts of a sheet, in drawing order. */
function chartsOf(parts: Map<string, string>, sheetPart: string): string[] {
  const drawing = relationshipsOf(parts, sheetPart).find((r) => r.type === 'drawing');
  if (!drawing) return [];
  const byId = new Map(relationshipsOf(parts, drawing.target).map((r) => [r.id, r.target]));
  return [...(parts.get(drawing.target) ?? '').matchAll(/<c:chart [^>]*r:id="([^"]*)"/g)].map((m) => byId.get(m[1]) ?? '');
}


/** Each reference of a chart: its formula and cached points (index → value). */
function references(chart: string): { formula: string; kind: 'num' | 'str'; count: number; points: Map<number, string> }[] {
  return [...chart.matchAll(/<c:(num|str)Ref><c:f>([^<]*)<\/c:f>(.*?)<\/c:\1Ref>/g)].map(([, kind, f, cache]) => ({
    formula: unescapeXml(f),
    kind: kind as 'num' | 'str',
    count: Number(/<c:ptCount val="(\d+)"\/>/.exec(cache)?.[1]),
    points: new Map([...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), unescapeXml(m[2])])),
  }));
}

/** The cells a formula such as `'Bob''s'!$A$2:$A$9` names, as sheet name, column and rows. */
function cellsOf(formula: string): { sheet: string; column: string; rows: number[] } {
  const m = /^'((?:[^']|'')*)'!\$([A-Z]+)\$(\d+)(?::\$\2\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a one-column reference: ${formula}`);
  const first = Number(m[3]);
  const last = Number(m[4] ?? m[3]);
  return { sheet: m[1].replace(/''/g, "'"), column: m[2], rows: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}

/** A cell as a chart cache holds it: numbers and dates (as serial days) in full, text as is, blank as nothing. */
function cached(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return String(25_569 + value.getTime() / 86_400_000);
  return String(value);
}

/** Checks every chart reference of the package against the cells exceljs reads back; returns how many were checked. */
function checkReferences(parts: Map<string, string>, wb: ExcelJS.Workbook): number {
  let checked = 0;
  for (const [name, xml] of parts) {
    if (!name.startsWith('xl/charts/')) continue;
    for (const ref of references(xml)) {
      const { sheet, column, rows } = cellsOf(ref.formula);
      const ws = wb.getWorksheet(sheet);
      expect(ws, ref.formula).toBeDefined();
      expect(ref.count, ref.formula).toBe(rows.length);
      rows.forEach((row, i) => {
        const cell = ws?.getCell(`${column}${row}`);
        expect(ref.points.get(i), `${ref.formula} point ${i}`).toBe(cached(cell?.value ?? null));
        if (ref.kind === 'num' && ref.points.has(i)) expect(typeof cell?.value === 'number' || cell?.value instanceof Date, `${ref.formula} point ${i} is a number`).toBe(true);
      });
      checked++;
    }
  }
  return checked;
}

/** A folder of the schemas where libxml2 can compile them, and a schema importing the ones the parts use. */
function schemaFor(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ooxml-xsd-'));
  const main = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const files = readdirSync(source).filter((f) => f.endsWith('.xsd'));
  const mainFiles: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(source, f), 'utf8');
    if (text.includes(`targetNamespace="${main}"`)) mainFiles.push(f);
    // libxml2 reads one schema document per imported namespace: every import of DrawingML's main namespace gets one document that includes all its files.
    writeFileSync(join(dir, f), text.replace(/<xsd:import\b[^>]*>/g, (tag) => (tag.includes(`namespace="${main}"`) ? tag.replace(/schemaLocation="[^"]*"/, 'schemaLocation="dml-main-all.xsd"') : tag)));
  }
  const schema = (namespace: string, body: string) => `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="${namespace}" elementFormDefault="qualified">${body}</xsd:schema>`;
  writeFileSync(join(dir, 'dml-main-all.xsd'), schema(main, mainFiles.map((f) => `<xsd:include schemaLocation="${f}"/>`).join('')));
  const imports: [string, string][] = [
    ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'dml-chart.xsd'],
    ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'dml-spreadsheetDrawing.xsd'],
    ['http://schemas.openxmlformats.org/package/2006/relationships', 'opc-relationships.xsd'],
    ['http://schemas.openxmlformats.org/package/2006/content-types', 'opc-contentTypes.xsd'],
    ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'sml-sheet.xsd'],
  ];
  writeFileSync(join(dir, 'all.xsd'), schema('urn:test:all', imports.map(([ns, f]) => `<xsd:import namespace="${ns}" schemaLocation="${f}"/>`).join('')));
  return join(dir, 'all.xsd');
}

/** Writes the parts to files, for xmllint; markup-compatibility attributes (exceljs' x14ac) are dropped, as a consumer ignores them. */
function partFiles(parts: Map<string, string>, names: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'parts-'));
  return names.map((name, i) => {
    const file = join(dir, `${i}-${posix.basename(name)}.xml`);
    writeFileSync(file, (parts.get(name) ?? '').replace(/ (?:x14ac:\w+|mc:Ignorable)="[^"]*"/g, ''));
    return file;
  });
}

/** What xmllint says against the schemas about the chart, drawing, relationship, content-type and worksheet parts, less its "validates" lines, and how many parts validated. */
function schemaCheck(parts: Map<string, string>): { problems: string[]; valid: number; parts: number } {
  const names = [...parts.keys()].filter((n) => /^xl\/(charts|drawings|worksheets)\/.*\.xml$|\.rels$|^\[Content_Types\]\.xml$/.test(n));
  const r = spawnSync(XMLLINT, ['--noout', '--schema', schemaFor(XSD_DIR as string), ...partFiles(parts, names)], { encoding: 'utf8' });
  return { problems: r.stderr.split('\n').filter((l) => l && !/ validates$/.test(l)), valid: r.stderr.match(/ validates$/gm)?.length ?? 0, parts: names.length };
}

describe('the demo workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-charts-'));
  const out = join(dir, 'demo.xlsx');
  let tabs: TabSpec[] = [];
  let parts = new Map<string, string>();
  let sheets = new Map<string, string>();
  let wb: ExcelJS.Workbook;
  const sheetName = (tab: TabSpec) => (tab.name === 'History' ? 'History (runs)' : tab.name);

  beforeAll(async () => {
    await segmentFile(SAMPLE, out, {});
    tabs = segmentTable(await readTable(SAMPLE), { settings: defaultSettings(), lang: 'en', runDay: dayFromDate(new Date(), () => 0) }).tabs;
    parts = readPackage(out);
    sheets = sheetParts(parts);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  }, 60_000);

  it('has one native chart per chart spec on each tab, of the spec type', () => {
    expect(tabs.map((t) => [t.name, t.charts?.length ?? 0]).filter(([, n]) => n)).toEqual(
      expect.arrayContaining([
        ['Segment summary', 1],
        ['KPIs', 1],
        ['CLV model', 2],
      ]),
    );
    for (const tab of tabs) {
      const charts = chartsOf(parts, sheets.get(sheetName(tab)) ?? '').map((c) => parts.get(c) ?? '');
      expect(charts.length, tab.name).toBe(tab.charts?.length ?? 0);
      charts.forEach((xml, i) => {
        const spec = tab.charts?.[i];
        const kind = /<c:(barChart|lineChart|pieChart)>/.exec(xml)?.[1];
        const direction = /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1];
        expect([kind, direction], `${tab.name} chart ${i}`).toEqual(spec?.type === 'line' ? ['lineChart', undefined] : spec?.type === 'pie' ? ['pieChart', undefined] : ['barChart', spec?.type === 'bar' ? 'bar' : 'col']);
        expect(xml).toContain(`<a:t>${spec?.title}</a:t>`);
        expect((xml.match(/<c:ser>/g) ?? []).length).toBe((spec?.columns.length ?? 0) - 1);
      });
    }
  });

  it('points each series at its data block and caches the values the cells hold', () => {
    // A name, categories and values per series; every chart block has a header row.
    const series = tabs.flatMap((t) => t.charts ?? []).reduce((n, c) => n + (c.type === 'pie' ? 1 : c.columns.length - 1), 0);
    expect(series).toBeGreaterThanOrEqual(2 + 1 + 3 + 2);
    expect(checkReferences(parts, wb)).toBe(3 * series);
    const summary = parts.get(chartsOf(parts, sheets.get('Segment summary') ?? '')[0]) ?? '';
    const [shareName, categories, shares] = references(summary);
    expect(shareName.formula).toBe("'Segment summary'!$C$1");
    expect(shareName.points.get(0)).toBe('Share of customers');
    const table = tabs.find((t) => t.name === 'Segment summary')?.blocks[0].values ?? [];
    expect(categories.formula).toBe(`'Segment summary'!$A$2:$A$${table.length}`);
    expect([...categories.points.values()]).toEqual(table.slice(1).map((r) => r[0]));
    expect([...shares.points.values()].map(Number)).toEqual(table.slice(1).map((r) => r[2]));
    expect(summary).toContain('<c:formatCode>0.0%</c:formatCode>');
    // The tracking chart's weeks are dates: numbers with the date format, not text.
    const tracking = parts.get(chartsOf(parts, sheets.get('CLV model') ?? '')[1]) ?? '';
    expect(tracking).toMatch(/<c:cat><c:numRef><c:f>'CLV model'!\$A\$\d+:\$A\$\d+<\/c:f><c:numCache><c:formatCode>yyyy-mm-dd<\/c:formatCode>/);
  });

  it('places each chart at its anchor cell, 600 × 371 pixels as in Sheets', () => {
    for (const tab of tabs.filter((t) => t.charts?.length)) {
      const sheet = sheets.get(sheetName(tab)) ?? '';
      const drawing = parts.get(relationshipsOf(parts, sheet).find((r) => r.type === 'drawing')?.target ?? '') ?? '';
      const froms = [...drawing.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => ({ col: Number(m[1]) + 1, row: Number(m[2]) + 1 }));
      expect(froms, tab.name).toEqual(tab.charts?.map((c) => c.anchor));
      expect(parts.get(sheet)).toMatch(/<pageSetup[^>]*\/><drawing r:id="rId\d+"\/><\/worksheet>$/);
    }
    // With default columns (64 px), 600 px end 24 px into the tenth column.
    expect(chartCorners({ row: 3, col: 2 }, { widths: new Map(), heights: new Map() }).to).toEqual({ col: 10, colOffset: 24 * 9525, row: 20, rowOffset: Math.round((371 - 18 * 20) * 9525) });
  });

  it('writes the R × F grid with its colour scale over the grid body', () => {
    const summary = tabs.find((t) => t.name === 'Segment summary');
    const grid = summary?.blocks.find((b) => b.colourScale);
    expect(grid?.values[0][0]).toBe('R \\ F');
    if (!grid) return;
    const last = `${String.fromCharCode(64 + grid.col + grid.values[0].length - 1)}${grid.row + grid.values.length - 1}`;
    const xml = parts.get(sheets.get('Segment summary') ?? '') ?? '';
    expect(xml).toContain(`<conditionalFormatting sqref="B${grid.row + 1}:${last}"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8F9FA"/><color rgb="FF1E8E3E"/></colorScale></cfRule></conditionalFormatting>`);
  });

  it('stores numbers and dates as such, with their formats, and ids as text', () => {
    const ws = wb.getWorksheet('Segments');
    const header = ((ws?.getRow(1).values ?? []) as unknown[]).slice(1);
    const cell = (label: string) => ws?.getCell(2, header.indexOf(label) + 1);
    expect(typeof cell('Total spend')?.value).toBe('number');
    expect(cell('Total spend')?.numFmt).toBe('#,##0.00');
    expect(cell('First order')?.value).toBeInstanceOf(Date);
    expect(cell('First order')?.numFmt).toBe('yyyy-mm-dd');
    expect(typeof cell('Customer')?.value).toBe('string');
    expect(cell('Customer')?.numFmt).toBe('@');
    const kpis = wb.getWorksheet('KPIs');
    expect(typeof kpis?.getCell('B2').value).toBe('number');
  });

  it('sizes columns from their content and rows to their wrapped lines', () => {
    const ws = wb.getWorksheet('Segments');
    const header = ((ws?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    header.forEach((h, i) => {
      // Header text, bold, and the filter button fit; the default width stays where it is wider.
      expect(ws?.getColumn(i + 1).width ?? 8.43, h).toBeGreaterThanOrEqual(Math.min(50, textWidth(h) + 3));
    });
    const personas = tabs.find((t) => t.name === 'Personas');
    const sheet = wb.getWorksheet('Personas');
    const block = personas?.blocks[0];
    let tall = 0;
    block?.values.forEach((row, r) => {
      const lines = Math.max(1, ...(block.wrapColumns ?? []).map((c) => (typeof row[c] === 'string' ? lineCount(row[c] as string, sheet?.getColumn(block.col + c).width ?? 8.43) : 1)));
      const height = sheet?.getRow(block.row + r).height;
      expect(height ?? 15, `row ${block.row + r}`).toBe(lines > 1 ? Math.min(409, lines * 15) : 15);
      if (lines > 1) tall++;
    });
    expect(tall).toBeGreaterThan(0);
  });

  it('is a whole package: every relationship target exists, every part has a content type, exceljs and unzip read it', () => {
    const types = parts.get('[Content_Types].xml') ?? '';
    const defaults = new Set([...types.matchAll(/<Default Extension="([^"]*)"/g)].map((m) => m[1]));
    const overrides = new Set([...types.matchAll(/<Override PartName="\/([^"]*)"/g)].map((m) => m[1]));
    for (const [tag] of (parts.get('_rels/.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) expect(parts.has(attr(tag, 'Target')), attr(tag, 'Target')).toBe(true);
    for (const name of parts.keys()) {
      // exceljs writes folder entries too ("_rels/"): they are no parts.
      if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
      expect(overrides.has(name) || defaults.has(name.replace(/.*\./, '')), `${name} has a content type`).toBe(true);
      if (!name.endsWith('.rels')) {
        for (const r of relationshipsOf(parts, name)) expect(parts.has(r.target), `${name} → ${r.target}`).toBe(true);
      }
    }
    for (const name of parts.keys()) {
      if (name.startsWith('xl/charts/')) expect(types).toContain(`<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      if (/^xl\/drawings\/[^/]+\.xml$/.test(name)) expect(types).toContain(`<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    }
    expect(wb.worksheets.length).toBe(tabs.length + 1);
    if (hasUnzip) expect(spawnSync('unzip', ['-t', out], { encoding: 'utf8' }).stdout).toMatch(/No errors detected/);
  });

  it.skipIf(!hasXmllint)('has well-formed XML in every part', () => {
    const names = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n));
    const r = spawnSync(XMLLINT, ['--noout', ...partFiles(parts, names)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it.skipIf(!hasXmllint || !XSD_DIR)('validates against the ECMA-376 schemas: charts, drawings, relationships, content types, worksheets', () => {
    const check = schemaCheck(parts);
    expect(check.problems).toEqual([]);
    expect(check.valid).toBe(check.parts);
  });
});

describe('a tab of its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-charts-own-'));
  const long = 'word '.repeat(40).trim();
  const tab: TabSpec = {
    kind: 'summary',
    name: "Bob's R&D",
    blocks: [
      {
        row: 1,
        col: 1,
        header: true,
        values: [
          ['Segment', 'Customers', 'Note', 'Long'],
          ['顧客名稱很長的一個分群', 12, long, 'x'.repeat(200)],
          ['Loyal', 3, 'short', null],
        ],
        formats: { 1: 'integer' },
        wrapColumns: [2],
      },
    ],
    charts: [{ type: 'pie', title: 'Customers <by> segment', block: 0, columns: [0, 1], anchor: { row: 6, col: 1 } }],
  };
  const path = join(dir, 'own.xlsx');
  beforeAll(async () => {
    await writeXlsx(path, [tab]);
  });

  it('quotes the sheet name in formulas, doubling its quote, and escapes the XML', async () => {
    const parts = readPackage(path);
    const chart = parts.get('xl/charts/chart1.xml') ?? '';
    expect(chart).toContain("<c:f>'Bob''s R&amp;D'!$B$2:$B$3</c:f>");
    expect(chart).toContain('<a:t>Customers &lt;by&gt; segment</a:t>');
    expect(chart).toMatch(/<c:pieChart><c:varyColors val="1"\/><c:ser>.*<\/c:ser><c:firstSliceAng val="0"\/><\/c:pieChart>/);
    expect((chart.match(/<c:dPt>/g) ?? []).length).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(checkReferences(parts, wb)).toBe(3);
  });

  it.skipIf(!hasXmllint || !XSD_DIR)('validates its pie chart against the ECMA-376 schemas', () => {
    const check = schemaCheck(readPackage(path));
    expect(check.problems).toEqual([]);
    expect(check.valid).toBe(check.parts);
  });

  it('counts East Asian characters double, caps widths, and fits row heights to wrapped lines', async () => {
    expect(textWidth('顧客 ab')).toBe(7);
    expect(lineCount(long, 40)).toBe(5);
    expect(lineCount('a\nb', 40)).toBe(2);
    expect(lineCount('x'.repeat(95), 40)).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Bob's R&D");
    expect([1, 2, 3, 4].map((c) => ws?.getColumn(c).width)).toEqual([24, 12, 40, 50]);
    expect(ws?.getRow(2).height).toBe(75);
    expect(ws?.getRow(3).height).toBeUndefined();
  });

  it('keeps the widths a tab sets itself', async () => {
    const own = join(dirname(path), 'widths.xlsx');
    await writeXlsx(own, [{ ...tab, columnWidths: { 3: 280 } }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(own);
    expect(wb.getWorksheet("Bob's R&D")?.getColumn(3).width).toBe(40);
    expect(wb.getWorksheet("Bob's R&D")?.getRow(2).height).toBe(75);
  });
});

describe('the <drawing> element', () => {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  it('goes after what comes before it in CT_Worksheet and before the first root child that follows it', () => {
    const cf = '<conditionalFormatting sqref="A1"><cfRule type="colorScale" priority="1"><extLst/></cfRule></conditionalFormatting>';
    const xml = `<worksheet ${ns}><sheetData><row r="1"><c r="A1"><v>1</v><extLst/></c></row></sheetData>${cf}<pageMargins left="0.7"/><legacyDrawing r:id="rId1"/><extLst/></worksheet>`;
    expect(withDrawing(xml, 'rId2')).toBe(xml.replace('<legacyDrawing', '<drawing r:id="rId2"/><legacyDrawing'));
    const plain = `<worksheet ${ns}><sheetData/><pageSetup orientation="portrait"/></worksheet>`;
    expect(withDrawing(plain, 'rId1')).toBe(plain.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'));
  });

  it('declares the r: prefix where the root does not, and refuses a second drawing', () => {
    expect(withDrawing('<worksheet><sheetData/></worksheet>', 'rId1')).toBe('<worksheet><sheetData/><drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>');
    expect(() => withDrawing(`<worksheet ${ns}><sheetData/><drawing r:id="rId1"/></worksheet>`, 'rId2')).toThrow('already has a drawing');
  });
});
