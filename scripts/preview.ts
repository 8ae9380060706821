/**
 * `npm start`: a local preview of the add-on with no Google account. Serves one page showing a
 * workbook (the user's own file, or the bundled sample shop) as a grid beside the REAL
 * `dist/sidebar.html` (obtained by running the built `showSidebar` menu function in the Apps Script
 * harness); the sidebar's `google.script.run` calls are POSTed to `/rpc/<name>` and run by the
 * harness against the built `dist/Code.js`, so the preview exercises exactly what `clasp push` ships.
 * New tabs and their charts appear in the grid after each call. The server listens on 127.0.0.1
 * only: a file opened from the page is uploaded to it and read on this machine, nowhere else.
 *
 * Options: see scripts/preview/args.ts (`npm start -- --help`).
 *
 * @example
 * const preview = await startPreview({ port: 0, locale: 'zh_TW', file: 'orders.xlsx' });
 * console.log(preview.url); await preview.close();
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAddOn, type AddOn } from '../test/harness';
import type { ReadOptions } from '../src/cli/io';
import { langFromLocale } from '../src/core/i18n';
import type { Lang } from '../src/core/types';
import { DEFAULT_PORT, previewArgs } from './preview/args';
import { hostPage, SHIM } from './preview/page';
import { readSourceFile, readUploadedFile, type SourceSheet } from './preview/source';
import { say } from './preview/text';
import { workbookView } from './preview/workbook';

export interface PreviewOptions {
  /** 0 = any free port. */
  port?: number;
  /** Ports to try upwards from `port` when it is busy (1 = that port only). */
  portTries?: number;
  host?: string;
  /** Google account locale, as `Session.getActiveUserLocale()` returns it (en_US, zh_TW, zh_CN, ms_MY). */
  locale?: string;
  /** The .csv/.tsv/.txt/.xlsx shown as the first sheet; defaults to scripts/sample-shop/orders.csv. */
  file?: string;
  /** How to read `file` (worksheet, encoding), as the CLI's flags. */
  read?: Omit<ReadOptions, 'lang'>;
  /** Overrides the rows per read call the server suggests (to see several read steps on a small sheet). */
  chunkRows?: number;
  /** Waits this long before answering each call, to watch progress as on a slow sheet. */
  delayMs?: number;
}

export interface Preview {
  url: string;
  port: number;
  /** The add-on currently serving calls (replaced when the locale changes or a file is opened). */
  addon(): AddOn;
  close(): Promise<void>;
}

const SAMPLE = 'scripts/sample-shop/orders.csv';
/** Uploads larger than this are refused (the harness holds the whole sheet in memory). */
const MAX_UPLOAD_MB = 200;

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Listens on the first free port of `port`..`port + tries - 1`; a busy last one fails with a sentence naming it. */
async function listen(server: http.Server, port: number, host: string, tries: number, lang: Lang): Promise<number> {
  for (let i = 0; ; i++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port + i, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw e;
      if (i + 1 >= tries) throw new Error(say('portBusy', lang, { port: port + i, next: port + i + 1 }));
    }
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  let locale = options.locale ?? 'en_US';
  const lang = () => langFromLocale(locale);
  const file = options.file ?? join(process.cwd(), SAMPLE);
  // The sample keeps its sheet name "Orders"; a user's file is named as Sheets names an import.
  let source: SourceSheet = await readSourceFile(file, { ...options.read, lang: lang() }, options.file ? undefined : 'Orders');
  const fresh = (from?: AddOn) =>
    from
      ? loadAddOn({ spreadsheet: from.spreadsheet, documentProperties: from.documentProperties, locale })
      : // UTC, so the grid shows the times written in the file.
        loadAddOn({ sheets: { [source.name]: source.values }, locale, timeZone: 'Etc/UTC' });
  let addon = fresh();

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

  /** A file chosen on the page: read like `npm start -- file`, then shown in a fresh workbook. */
  const open = async (req: http.IncomingMessage): Promise<{ ok: true } | { ok: false; error: string }> => {
    const bytes = await readBody(req, MAX_UPLOAD_MB * 1024 * 1024);
    if (!bytes) return { ok: false, error: say('tooLarge', lang(), { mb: MAX_UPLOAD_MB }) };
    const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload.csv'));
    try {
      source = await readUploadedFile(name, bytes, lang());
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    addon = fresh();
    return { ok: true };
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview');
    const handle = async () => {
      // Another site open in the same browser may not drive the preview or send it files.
      const origin = req.headers.origin;
      if (req.method === 'POST' && origin && origin !== `http://${req.headers.host}`) return send(res, 403, 'text/plain', 'Forbidden');
      if (req.method === 'GET' && url.pathname === '/') {
        const wanted = url.searchParams.get('locale');
        if (wanted && /^[A-Za-z]{2}([_-][A-Za-z]{2,4})?$/.test(wanted) && wanted !== locale) {
          locale = wanted;
          addon = fresh(addon); // same workbook, the new user's locale
        }
        const page = url.searchParams.get('page') ?? 'run';
        return send(res, 200, 'text/html', hostPage(locale, ['run', 'settings', 'help'].includes(page) ? page : 'run'));
      }
      if (req.method === 'GET' && url.pathname === '/sidebar') return send(res, 200, 'text/html', sidebarHtml(url.searchParams.get('page') ?? 'run'));
      if (req.method === 'GET' && url.pathname === '/workbook') return send(res, 200, 'application/json', JSON.stringify(workbookView(addon.spreadsheet)));
      if (req.method === 'POST' && url.pathname === '/reset') {
        addon = fresh();
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && url.pathname === '/open') return send(res, 200, 'application/json', JSON.stringify(await open(req)));
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        const name = decodeURIComponent(url.pathname.slice(5));
        const body = await readBody(req, MAX_UPLOAD_MB * 1024 * 1024);
        const args = JSON.parse(body?.toString('utf8') || '[]') as unknown[];
        if (options.delayMs) await sleep(options.delayMs);
        return send(res, 200, 'application/json', JSON.stringify(rpc(name, Array.isArray(args) ? args : [])));
      }
      return send(res, 404, 'text/plain', 'Not found');
    };
    handle().catch((e: unknown) => send(res, 500, 'text/plain', e instanceof Error ? e.message : String(e)));
  });

  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? DEFAULT_PORT, host, options.portTries ?? 1, lang());
  return {
    url: `http://${host}:${port}/`,
    port,
    addon: () => addon,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** As a program (node dist/preview.js, an ES module): start and print the address; imported (tests): do nothing. */
async function main(): Promise<void> {
  const env = process.env;
  const lang = langFromLocale(env.LOCALE);
  let args: ReturnType<typeof previewArgs>;
  try {
    args = previewArgs(process.argv.slice(2), env);
  } catch (e) {
    console.error(`${say('badOption', lang, { option: e instanceof Error ? e.message : String(e) })}\n${say('usage', lang)}`);
    process.exit(2);
  }
  const chosenLang = langFromLocale(args.locale);
  if (args.help) {
    console.log(say('usage', chosenLang));
    return;
  }
  const preview = await startPreview({
    port: args.port,
    // A port the user named is theirs to change; the default moves up to the next free one.
    portTries: args.portChosen ? 1 : 20,
    locale: args.locale,
    file: args.file,
    read: { sheet: args.sheet, encoding: args.encoding },
    chunkRows: args.chunkRows,
    delayMs: args.delayMs,
  });
  if (preview.port !== args.port && args.port !== 0) console.log(say('portMoved', chosenLang, { port: args.port, used: preview.port }));
  console.log(say('listening', chosenLang, { file: args.file ?? SAMPLE, url: preview.url }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
