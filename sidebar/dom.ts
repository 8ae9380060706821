/**
 * A tiny element builder for the sidebar. Text only ever reaches the page through `textContent` or
 * `setAttribute`, never `innerHTML`, so whatever a sheet holds (a customer or a header named
 * `<img src=x onerror=alert(1)>`) is shown as text and never parsed as markup.
 *
 * @example
 * h('p', { class: 'note' }, 'Rows: ', String(rows)) // <p class="note">Rows: 1204</p>
 * h('button', { type: 'button', onclick: run }, t('run'))
 */

/** A child: text (escaped by construction), an element, or nothing (skipped, for conditional parts). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes; `on…` keys with a function value become event listeners, booleans toggle the attribute. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

/** Builds an element; attribute names are fixed words from our own code, values and text may be data. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const key of Object.keys(attrs)) {
      const v = attrs[key];
      if (v === null || v === undefined || v === false) continue;
      if (typeof v === 'function') {
        el.addEventListener(key.replace(/^on/, ''), v);
      } else if (key === 'value' && 'value' in el) {
        // The property, not the attribute: the attribute is only the initial value.
        (el as HTMLInputElement).value = String(v);
      } else if (key === 'checked' || key === 'selected') {
        (el as unknown as Record<string, boolean>)[key] = v === true;
      } else {
        el.setAttribute(key, v === true ? '' : String(v));
      }
    }
  }
  append(el, children);
  return el;
}

/** Appends children; strings become text nodes. */
export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c === null || c === undefined || c === false) continue;
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's content. */
export function replaceChildren(el: Node, ...children: (Child | Child[])[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** A `<select>` of value/label options with one selected. */
export function select(options: { value: string; label: string }[], selected: string, attrs: Attrs = {}): HTMLSelectElement {
  return h('select', attrs, options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.label)));
}
