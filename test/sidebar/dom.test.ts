import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, replaceChildren, select } from '../../sidebar/dom';

/**
 * A minimal document whose elements refuse HTML parsing: setting innerHTML/outerHTML or calling
 * insertAdjacentHTML throws, so these tests fail if the builder ever hands data to the HTML parser.
 */
class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  get firstChild() { return this.childNodes[0] ?? null; }
  appendChild(n: FakeNode) { n.parentNode = this; this.childNodes.push(n); return n; }
  removeChild(n: FakeNode) { this.childNodes = this.childNodes.filter((c) => c !== n); return n; }
  get textContent(): string { return this.childNodes.map((c) => c.textContent).join(''); }
}
class FakeText extends FakeNode {
  constructor(readonly data: string) { super(); }
  override get textContent() { return this.data; }
}
class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  listeners: string[] = [];
  value = '';
  selected = false;
  constructor(readonly tagName: string) { super(); }
  setAttribute(k: string, v: string) { this.attributes.set(k, v); }
  addEventListener(type: string) { this.listeners.push(type); }
  set innerHTML(_v: string) { throw new Error('innerHTML used'); }
  set outerHTML(_v: string) { throw new Error('outerHTML used'); }
  insertAdjacentHTML() { throw new Error('insertAdjacentHTML used'); }
}

const hostile = '<img src=x onerror=alert(1)>';

describe('dom builder', () => {
  const g = globalThis as Record<string, unknown>;
  beforeEach(() => {
    g.document = { createElement: (t: string) => new FakeElement(t), createTextNode: (s: string) => new FakeText(s) };
  });
  afterEach(() => {
    delete g.document;
  });

  it('puts data into text nodes, never into markup', () => {
    const el = h('td', { title: hostile }, hostile, 42) as unknown as FakeElement;
    expect(el.childNodes).toHaveLength(2);
    expect(el.childNodes[0]).toBeInstanceOf(FakeText);
    expect(el.textContent).toBe(`${hostile}42`);
    expect(el.attributes.get('title')).toBe(hostile); // attribute values are never parsed as HTML
  });

  it('turns on… functions into listeners, skips null/false attributes and children', () => {
    const el = h('button', { onclick: () => undefined, disabled: false, 'data-x': null, hidden: true }, null, false, 'Run') as unknown as FakeElement;
    expect(el.listeners).toEqual(['click']);
    expect([...el.attributes.keys()]).toEqual(['hidden']);
    expect(el.textContent).toBe('Run');
  });

  it('builds select options with the data as text and the chosen one selected', () => {
    const s = select([{ value: hostile, label: hostile }, { value: 'b', label: 'B' }], 'b') as unknown as FakeElement;
    const opts = s.childNodes as FakeElement[];
    expect(opts[0].value).toBe(hostile);
    expect(opts[0].textContent).toBe(hostile);
    expect(opts.map((o) => o.selected)).toEqual([false, true]);
  });

  it('replaces children without parsing', () => {
    const el = h('div', null, 'old') as unknown as FakeElement;
    replaceChildren(el as unknown as Node, hostile);
    expect(el.childNodes).toHaveLength(1);
    expect(el.textContent).toBe(hostile);
  });
});

describe('sidebar sources', () => {
  it('never use an HTML-parsing sink', () => {
    const root = join(process.cwd(), 'sidebar');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });
});
