import { CHART_NAMESPACE, DRAWING_MAIN_NAMESPACE, RELATIONSHIPS_NAMESPACE, xmlEscape } from './xlsxCharts';
import type { GridPoint } from './xlsxLayout';

/**
 * A drawing part (`xl/drawings/drawingN.xml`): the `xdr:wsDr` of ECMA-376 Part 1 §20.5
 * (DrawingML - SpreadsheetML Drawing) that places a sheet's charts on its grid, one
 * `xdr:twoCellAnchor` each holding an `xdr:graphicFrame` whose graphic data is a `c:chart`
 * reference (§21.2.2 `chart`, a relationship id) to the chart part.
 */

const SPREADSHEET_DRAWING_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** One chart on the sheet: its corners, a name and description for the object, and the drawing's relationship to its chart part. */
export interface ChartFrame {
  from: GridPoint;
  to: GridPoint;
  title: string;
  relationshipId: string;
}

/** A corner (§20.5.2 `from` / `to`, CT_Marker): column, offset, row, offset, in that order. */
const corner = (name: 'from' | 'to', p: GridPoint) =>
  `<xdr:${name}><xdr:col>${p.col}</xdr:col><xdr:colOff>${p.colOffset}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOffset}</xdr:rowOff></xdr:${name}>`;

/**
 * One anchored chart (§20.5.2 `twoCellAnchor`). `editAs="oneCell"` moves the chart with its
 * top-left cell but keeps its size when columns or rows are resized, as a chart in Sheets does.
 * The frame's own position (`xfrm`) is required by the schema and ignored in favour of the anchor.
 */
function anchor(frame: ChartFrame, id: number): string {
  const name = `Chart ${id - 1}`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner('from', frame.from)}${corner('to', frame.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${name}" descr="${xmlEscape(frame.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NAMESPACE}"><c:chart r:id="${frame.relationshipId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The drawing part holding the charts of one sheet; object ids are unique in the drawing, from 2 as Excel writes them. */
export function drawingXml(frames: ChartFrame[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NAMESPACE}" xmlns:a="${DRAWING_MAIN_NAMESPACE}" xmlns:c="${CHART_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `${frames.map((f, i) => anchor(f, i + 2)).join('')}</xdr:wsDr>`
  );
}
