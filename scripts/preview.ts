/**
 * `npm start`: a local preview of the add-on with no Google account. Serves one page showing the
 * sample shop as a workbook grid beside the REAL `dist/sidebar.html` (obtained by running the built
 * `showSidebar` menu function in the Apps Script harness); the sidebar's `google.script.run` calls are
 * POSTed to `/rpc/<name>` and run by the harness against the built `dist/Code.js`, so the preview
 * exercises exactly what `clasp push` ships. New tabs appear in the grid after each call.
 *
 * Options (env when run as a program): PORT (default 8080), LOCALE (e.g. zh_TW; also `/?locale=zh_TW`),
 * PREVIEW_CHUNK_ROWS (read the sheet in smaller steps than the server would, to watch the progress).
 *
 * @example
 * const preview = await startPreview({ port: 0, locale: 'zh_TW' });
 * console.log(preview.url); await preview.close();
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAddOn, type AddOn } from '../test/harness';
import { sheetValuesFromCsv } from '../test/harness/sheetValues';
import { parseCsv } from '../src/cli/io';
import { hostPage, SHIM } from './preview/page';
import { workbookView } from './preview/workbook';

export interface PreviewOptions {
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Google account locale, as `Session.getActiveUserLocale()` returns it (en_US, zh_TW, zh_CN, ms_MY). */
  locale?: string;
  /** The orders CSV shown as the first sheet; defaults to scripts/sample-shop/orders.csv. */
  csvPath?: string;
  /** Overrides the rows per read call the server suggests (to see several read steps on a small sheet). */
  chunkRows?: number;
  /** Waits this long before answering each call, to watch progress as on a slow sheet. */
  delayMs?: number;
}

export interface Preview {
  url: string;
  /** The add-on currently serving calls (replaced when the locale changes). */
  addon(): AddOn;
  close(): Promise<void>;
}

const SAMPLE = 'scripts/sample-shop/orders.csv';
const SHEET_NAME = 'Orders';

function sampleWorkbook(csvPath: string): Record<string, unknown[][]> {
  const rows = parseCsv(readFileSync(csvPath, 'utf8')).filter((r) => r.length > 1 || r[0] !== '');
  // The preview workbook's zone is UTC so the grid shows the times written in the CSV.
  return { [SHEET_NAME]: sheetValuesFromCsv(rows, 0) };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const csvPath = options.csvPath ?? join(process.cwd(), SAMPLE);
  if (!existsSync(csvPath)) throw new Error(`Sample data not found: ${csvPath} (run from the repository root)`);
  const fresh = (locale: string, from?: AddOn) =>
    from
      ? loadAddOn({ spreadsheet: from.spreadsheet, documentProperties: from.documentProperties, locale })
      : loadAddOn({ sheets: sampleWorkbook(csvPath), locale, timeZone: 'Etc/UTC' });
  let locale = options.locale ?? 'en_US';
  let addon = fresh(locale);

  /** Runs one sidebar call in the harness, JSON in and out like google.script.run. */
  const rpc = (name: string, args: unknown[]): { ok: true; result: unknown } | { ok: false; error: string } => {
    try {
      let result = addon.runFromSidebar(name, ...args);
      if (name === 'beginRun' && options.chunkRows && result && typeof result === 'object') result = { ...(result as object), chunkRows: options.chunkRows };
      return { ok: true, result };
    } catch (e) {
      // Apps Script hands the failure handler an Error with the thrown message.
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  /** The real sidebar: the menu function builds it (start page, title) as Sheets would show it. */
  const sidebarHtml = (page: string): string => {
    const menu = page === 'settings' ? 'showSettings' : page === 'help' ? 'showHelp' : 'showSidebar';
    addon.runTrigger(menu, 'FULL');
    const shown = addon.ui.sidebars[addon.ui.sidebars.length - 1];
    const html = shown.html;
    const at = html.indexOf('<head>');
    return at < 0 ? SHIM + html : html.slice(0, at + 6) + SHIM + html.slice(at + 6);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview');
    const handle = async () => {
      if (req.method === 'GET' && url.pathname === '/') {
        const wanted = url.searchParams.get('locale');
        if (wanted && /^[A-Za-z]{2}([_-][A-Za-z]{2,4})?$/.test(wanted) && wanted !== locale) {
          locale = wanted;
          addon = fresh(locale, addon); // same workbook, the new user's locale
        }
        const page = url.searchParams.get('page') ?? 'run';
        return send(res, 200, 'text/html', hostPage(locale, ['run', 'settings', 'help'].includes(page) ? page : 'run'));
      }
      if (req.method === 'GET' && url.pathname === '/sidebar') return send(res, 200, 'text/html', sidebarHtml(url.searchParams.get('page') ?? 'run'));
      if (req.method === 'GET' && url.pathname === '/workbook') return send(res, 200, 'application/json', JSON.stringify(workbookView(addon.spreadsheet)));
      if (req.method === 'POST' && url.pathname === '/reset') {
        addon = fresh(locale);
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        const name = decodeURIComponent(url.pathname.slice(5));
        const args = JSON.parse((await readBody(req)) || '[]') as unknown[];
        if (options.delayMs) await sleep(options.delayMs);
        return send(res, 200, 'application/json', JSON.stringify(rpc(name, Array.isArray(args) ? args : [])));
      }
      return send(res, 404, 'text/plain', 'Not found');
    };
    handle().catch((e: unknown) => send(res, 500, 'text/plain', e instanceof Error ? e.message : String(e)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    addon: () => addon,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Run as a program (node dist/preview.js, an ES module): start and print the address; imported (tests): do nothing. */
const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const env = process.env;
  startPreview({
    port: env.PORT ? Number(env.PORT) : 8080,
    locale: env.LOCALE,
    chunkRows: env.PREVIEW_CHUNK_ROWS ? Number(env.PREVIEW_CHUNK_ROWS) : undefined,
    delayMs: env.PREVIEW_DELAY_MS ? Number(env.PREVIEW_DELAY_MS) : undefined,
  }).then(
    (p) => console.log(`Preview of the add-on (dist/Code.js in the Apps Script harness): ${p.url}\nPress Ctrl+C to stop.`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
