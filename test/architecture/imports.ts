/**
 * The project's import graph, read from the source text: which file imports which, and which Apps
 * Script services a file calls. Used by layers.test.ts to keep README's layering true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface SourceFile {
  /** Path from the repository root, with forward slashes (`src/core/rfm/index.ts`). */
  path: string;
  text: string;
}

/** Every .ts file under `dirs` (relative to `root`). */
export function sourceFiles(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

/** Source text without comments and string contents, so a word in a comment is not a call. */
export function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

/** One import of a relative module, resolved to a repo path; `typeOnly` for `import type` / `export type`. */
export interface ImportEdge {
  target: string;
  typeOnly: boolean;
}

/** Relative modules a file imports or re-exports (static and dynamic). */
export function importEdges(file: SourceFile): ImportEdge[] {
  const out: ImportEdge[] = [];
  const re = /(?:^|[\s;])(import|export)(\s+type)?\s[^;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of file.text.matchAll(re)) {
    const spec = m[3] ?? m[4] ?? m[5];
    if (spec?.startsWith('.')) out.push({ target: resolve('/', dirname(file.path), spec).slice(1), typeOnly: Boolean(m[2]) });
  }
  return out;
}

/** Relative modules a file imports, type-only or not. */
export function importsOf(file: SourceFile): string[] {
  return [...new Set(importEdges(file).map((e) => e.target))];
}

/** The Apps Script services the brief confines to src/sheets/. */
export const SERVICES = ['SpreadsheetApp', 'PropertiesService', 'CacheService', 'LockService', 'HtmlService', 'ScriptApp', 'Session', 'Utilities'] as const;

/** Services a file calls (`SpreadsheetApp.getActive…`, `typeof Session`), comments and strings ignored. */
export function servicesUsed(file: SourceFile): string[] {
  const code = codeOnly(file.text);
  return SERVICES.filter((s) => new RegExp(`(?<![\\w.$])${s}\\s*\\.|typeof\\s+${s}\\b`).test(code));
}

/** The layer a repo path belongs to: `core`, `app`, `sheets`, `functions`, `server`, `cli`, `main`, `sidebar`. */
export function layerOf(path: string): string {
  if (path.startsWith('sidebar/')) return 'sidebar';
  const m = /^src\/([^/]+)\//.exec(path);
  if (m) return m[1];
  if (path.startsWith('src/')) return 'main';
  return 'other';
}

/** Which layers each layer may import (itself included). */
export const ALLOWED: Record<string, readonly string[]> = {
  core: ['core'],
  app: ['core', 'app'],
  sheets: ['core', 'app', 'sheets'],
  functions: ['core', 'app', 'sheets', 'functions'],
  server: ['core', 'app', 'sheets', 'server'],
  cli: ['core', 'app', 'cli'],
  main: ['functions', 'server'],
  sidebar: ['core', 'app', 'sidebar'],
};

/** Layers a layer may import types from only: the sidebar's client is typed from the server's functions, which it never bundles. */
export const TYPES_ONLY: Record<string, readonly string[]> = { sidebar: ['server'] };

/** Imports that go against {@link ALLOWED} and {@link TYPES_ONLY}, as "from → to". */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const layer = layerOf(f.path);
    for (const { target, typeOnly } of importEdges(f)) {
      const to = layerOf(target);
      const ok = (ALLOWED[layer] ?? []).includes(to) || (typeOnly && (TYPES_ONLY[layer] ?? []).includes(to));
      if (!ok) out.push(`${f.path} → ${target}`);
    }
  }
  return out;
}

/** The folder a core file is in (`parse`, `rfm`, … or `.` for core's own top-level files). */
function coreFolder(path: string): string {
  const rest = path.slice('src/core/'.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '.';
}

/** Cycles among core's folders (a → b → a), each as "a → b → a"; top-level files such as types.ts count as no folder. */
export function coreFolderCycles(files: readonly SourceFile[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const f of files) {
    if (!f.path.startsWith('src/core/')) continue;
    const from = coreFolder(f.path);
    for (const target of importsOf(f)) {
      if (!target.startsWith('src/core/')) continue;
      const to = coreFolder(target);
      if (from === '.' || to === '.' || from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  const cycles = new Set<string>();
  const visit = (node: string, stack: string[]) => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      const loop = stack.slice(at);
      const start = loop.indexOf([...loop].sort()[0]);
      cycles.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '));
      return;
    }
    for (const next of edges.get(node) ?? []) visit(next, [...stack, node]);
  };
  for (const node of edges.keys()) visit(node, []);
  return [...cycles].sort();
}
