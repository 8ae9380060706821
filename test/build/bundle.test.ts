/**
 * The built bundle must load in Apps Script: plain top-level functions for every entry point and
 * custom function, @customfunction JSDoc generated from the registry, and no construct V8 in
 * Apps Script lacks. Runs against dist/ (npm test builds first).
 */
import { describe, expect, it } from 'vitest';
import { builtCode, builtManifest } from '../harness';
// @ts-expect-error plain ESM helper shared with the build script
import { forbiddenConstructs, stripCommentsAndStrings } from '../../scripts/forbidden.mjs';

const code = builtCode();
const manifest = builtManifest();

/** The JSDoc block right before `function NAME(`. */
function jsdocOf(name: string): string | null {
  const at = code.indexOf(`\nfunction ${name}(`);
  if (at < 0) return null;
  const end = code.lastIndexOf('*/', at);
  const start = code.lastIndexOf('/**', end);
  if (end < 0 || start < 0 || code.slice(end + 2, at).trim() !== '') return null;
  return code.slice(start, end + 2);
}

describe('dist/Code.js', () => {
  it('has no import, export, require, setTimeout, TextEncoder or URL', () => {
    expect(forbiddenConstructs(code)).toEqual([]);
  });

  it('the forbidden-construct check catches each construct and ignores comments and strings', () => {
    for (const bad of ['import x from "y";', 'export const a = 1;', 'const f = require("fs");', 'setTimeout(f, 1);', 'new TextEncoder()', 'new URL("x")', 'await import("x")'])
      expect(forbiddenConstructs(`var a = 1;\n${bad}\n`).length, bad).toBe(1);
    expect(forbiddenConstructs('// import x from "y"\nvar s = "see the URL"; /* setTimeout */')).toEqual([]);
    expect(stripCommentsAndStrings('a("x\\"y") // c')).toBe('a("") ');
  });

  it('declares every entry point as a plain top-level function with its real parameters', () => {
    expect(manifest.entryPoints.map((e) => e.name)).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
    for (const e of manifest.entryPoints) expect(code, e.name).toContain(`\nfunction ${e.name}(${e.params.join(', ')}) {`);
  });

  it('declares every registry custom function with @customfunction JSDoc, @param per parameter and an example', () => {
    for (const f of manifest.customFunctions) {
      const doc = jsdocOf(f.name);
      expect(doc, `${f.name} has no JSDoc stub`).not.toBeNull();
      expect(code).toContain(`\nfunction ${f.name}(${f.params.map((p) => p.name).join(', ')}) {`);
      expect(doc).toContain('@customfunction');
      expect(doc).toContain('@example');
      expect(f.description.length, `${f.name} description`).toBeGreaterThan(10);
      expect(f.example, `${f.name} example`).toMatch(new RegExp(`^=${f.name}\\(`));
      for (const p of f.params) expect(doc, `${f.name} @param ${p.name}`).toMatch(new RegExp(`@param \\{\\*\\} \\[?${p.name}\\]? \\S`));
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('names each custom function once', () => {
    const names = manifest.customFunctions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
