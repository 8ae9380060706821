/**
 * README's layout, kept true: core imports nothing outside core and has no folder cycle; the app
 * layer is pure; sheets/ never imports server/; only sheets/ calls Apps Script services. Each check
 * is also run on a small made-up tree that breaks it, so a checker that sees nothing fails here.
 */
import { describe, expect, it } from 'vitest';
import { coreFolderCycles, layerViolations, servicesUsed, sourceFiles, layerOf, type SourceFile } from './imports';

const files = sourceFiles(process.cwd(), ['src', 'sidebar']);
const file = (path: string, text: string): SourceFile => ({ path, text });

describe('the layers README describes', () => {
  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const layer of ['core', 'app', 'sheets', 'functions', 'server', 'cli', 'main', 'sidebar']) expect(files.some((f) => layerOf(f.path) === layer), layer).toBe(true);
  });

  it('has no import against the layering (core ← app ← sheets ← server; the sidebar takes only types from server)', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('has no cycle between core folders', () => {
    expect(coreFolderCycles(files)).toEqual([]);
  });

  it('calls Apps Script services only in src/sheets/', () => {
    const outside = files.filter((f) => layerOf(f.path) !== 'sheets').map((f) => [f.path, servicesUsed(f)] as const).filter(([, s]) => s.length > 0);
    expect(outside).toEqual([]);
    // And sheets/ does use them: the check looks at the right words.
    expect(files.filter((f) => layerOf(f.path) === 'sheets').flatMap(servicesUsed)).toEqual(expect.arrayContaining(['SpreadsheetApp', 'CacheService', 'LockService', 'HtmlService', 'Session']));
  });
});

describe('the checks themselves', () => {
  it('see an upward import, a sheets → server import and a runtime sidebar → server import', () => {
    const bad = [
      file('src/core/rfm/x.ts', "import { a } from '../../app/run';"),
      file('src/sheets/x.ts', "import { b } from '../server/run';"),
      file('sidebar/x.ts', "import { c } from '../src/server/api';"),
      file('src/app/x.ts', "export { d } from '../sheets/book';"),
      file('src/core/kpi/y.ts', "const m = await import('../../cli/io');"),
    ];
    expect(layerViolations(bad)).toEqual([
      'src/core/rfm/x.ts → src/app/run',
      'src/sheets/x.ts → src/server/run',
      'sidebar/x.ts → src/server/api',
      'src/app/x.ts → src/sheets/book',
      'src/core/kpi/y.ts → src/cli/io',
    ]);
    expect(layerViolations([file('sidebar/y.ts', "import type { SidebarCalls } from '../src/server/api';")])).toEqual([]);
  });

  it('see a cycle between two core folders, and not one inside a folder', () => {
    const cyclic = [file('src/core/a/x.ts', "import { y } from '../b/y';"), file('src/core/b/y.ts', "import type { X } from '../a/x';"), file('src/core/a/z.ts', "import { x } from './x';")];
    expect(coreFolderCycles(cyclic)).toEqual(['a → b → a']);
  });

  it('see a service call but not the word in a comment or a string', () => {
    expect(servicesUsed(file('src/server/x.ts', 'const b = SpreadsheetApp.getActiveSpreadsheet();'))).toEqual(['SpreadsheetApp']);
    expect(servicesUsed(file('src/server/y.ts', "// SpreadsheetApp.getUi()\nconst s = 'Session.getActiveUser()';"))).toEqual([]);
  });
});
