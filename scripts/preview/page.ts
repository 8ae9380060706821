/**
 * The preview's host page: the workbook as a grid with its sheet tabs on the left, its charts drawn
 * over the grid where Sheets puts them, the real sidebar (dist/sidebar.html, 300 px like Sheets) on
 * the right, and a picker to open one's own file (sent to the local preview server only). Cell text
 * is set with textContent and chart shapes are built element by element, since both show the data.
 */
import { langFromLocale } from '../../src/core/i18n';
import { uiText } from '../../src/app/uiText';
import { textsFor } from './text';

export function hostPage(locale: string, page: string): string {
  const lang = langFromLocale(locale);
  const text = textsFor(lang);
  const menu = uiText[lang];
  const q = (s: unknown) => JSON.stringify(s).replace(/</g, '\\u003c');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(menu.sidebarTitle)}: ${esc(text.subtitle)}</title>
<style>
  * { box-sizing: border-box; }
  html, body { height: 100%; margin: 0; font-family: Arial, 'Noto Sans TC', 'Noto Sans SC', sans-serif; font-size: 13px; color: #202124; }
  #top { height: 40px; display: flex; align-items: center; gap: 12px; padding: 0 12px; background: #f8f9fa; border-bottom: 1px solid #dadce0; white-space: nowrap; }
  #top b { font-size: 15px; }
  #top .grow { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: #5f6368; }
  #top .pick { border: 1px solid #dadce0; background: #fff; color: #174ea6; border-radius: 4px; padding: 3px 8px; cursor: pointer; }
  #top .pick:hover, #top .pick:focus-within { background: #e8f0fe; }
  #top .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  #file-status.error { color: #c5221f; }
  #wrap { display: flex; height: calc(100% - 40px); }
  #tabs { width: 170px; border-right: 1px solid #dadce0; overflow: auto; background: #f8f9fa; padding: 6px 0; }
  #tabs button { display: block; width: 100%; text-align: left; border: none; background: none; padding: 6px 10px; font: inherit; cursor: pointer; color: #3c4043; }
  #tabs button.active { background: #e8f0fe; color: #1967d2; font-weight: 600; }
  #tabs button.hidden-sheet { font-style: italic; color: #5f6368; }
  #tabs button.new::after { content: ' ●'; color: #188038; }
  #main { flex: 1; overflow: auto; }
  #info { padding: 6px 10px; color: #5f6368; border-bottom: 1px solid #e0e0e0; }
  #grid { position: relative; width: max-content; }
  /* Sheets' grid: fixed column widths, 21 px rows, text spilling into empty cells on its right. */
  table { border-collapse: collapse; font-size: 12px; table-layout: fixed; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; white-space: nowrap; overflow: hidden; }
  td.spill { overflow: visible; }
  td.wrap { white-space: normal; overflow-wrap: anywhere; }
  td.bold { font-weight: 600; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; z-index: 2; }
  td.rownum { background: #f8f9fa; color: #5f6368; text-align: right; }
  td.num { text-align: right; }
  tr.frozen td { border-bottom-color: #bdc1c6; }
  svg.chart { position: absolute; z-index: 1; border: 1px solid #dadce0; box-shadow: 0 1px 2px rgba(60, 64, 67, 0.3); }
  #side { width: 302px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side iframe { width: 300px; flex: 1; border: none; }
</style></head>
<body>
<div id="top"><b>${esc(menu.sidebarTitle)}</b><span class="grow">${esc(text.subtitle)}</span>
  <label class="pick" title="${esc(text.openHint)}">${esc(text.openFile)}<input type="file" id="open-file" accept=".csv,.tsv,.txt,.xlsx,.xlsm"></label>
  <span id="file-status" role="status"></span>
  <label>${esc(text.locale)} <select id="locale"><option value="en_US">en_US</option><option value="zh_TW">zh_TW</option><option value="zh_CN">zh_CN</option><option value="ms_MY">ms_MY</option></select></label>
  <label>${esc(text.menu)} <select id="page"><option value="run">${esc(menu.menuSegment)}</option><option value="settings">${esc(menu.menuSettings)}</option><option value="help">${esc(menu.menuHelp)}</option></select></label>
  <button id="reset" type="button">${esc(text.reset)}</button>
</div>
<div id="wrap">
  <nav id="tabs" aria-label="${esc(text.sheets)}"></nav>
  <div id="main"><div id="info"></div><div id="grid"></div></div>
  <div id="side"><iframe id="sidebar" title="${esc(text.sidebar)}"></iframe></div>
</div>
<script>
(function () {
  var locale = ${q(locale)}, page = ${q(page)}, text = ${q(text)};
  var SVG = 'http://www.w3.org/2000/svg';
  var shown = null, known = null, workbook = null;
  var el = function (tag, value, cls) { var e = document.createElement(tag); if (value !== undefined && value !== null) e.textContent = String(value); if (cls) e.className = cls; return e; };
  var say = function (key, params) { return text[key].replace(/\\{(\\w+)\\}/g, function (m, k) { return params && k in params ? String(params[k]) : m; }); };
  document.getElementById('locale').value = locale;
  document.getElementById('page').value = page;
  var frame = document.getElementById('sidebar');
  var status = document.getElementById('file-status');
  var loadSidebar = function () { frame.src = '/sidebar?page=' + encodeURIComponent(page); };
  var reopen = function () { known = null; shown = null; return refresh().then(loadSidebar); };
  document.getElementById('locale').onchange = function (e) { location.href = '/?locale=' + encodeURIComponent(e.target.value) + '&page=' + encodeURIComponent(page); };
  document.getElementById('page').onchange = function (e) { page = e.target.value; loadSidebar(); };
  document.getElementById('reset').onclick = function () { fetch('/reset', { method: 'POST' }).then(reopen); };
  document.getElementById('open-file').onchange = function (e) {
    var file = e.target.files[0];
    if (!file) return;
    status.className = ''; status.textContent = say('opening', { file: file.name });
    fetch('/open', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        e.target.value = '';
        if (!res.ok) { status.className = 'error'; status.textContent = res.error; return; }
        status.textContent = say('opened', { file: file.name });
        return reopen();
      });
  };
  /** A chart over its anchor cell, as Sheets floats it over the grid. */
  function drawChart(ch, table, grid) {
    var tr = table.rows[ch.row], td = tr && tr.cells[ch.col];
    if (!td) return;
    var svg = document.createElementNS(SVG, 'svg');
    var at = td.getBoundingClientRect(), origin = grid.getBoundingClientRect();
    [['width', ch.width], ['height', ch.height], ['viewBox', '0 0 ' + ch.width + ' ' + ch.height], ['class', 'chart'], ['data-type', ch.type], ['role', 'img'], ['aria-label', ch.title]].forEach(function (a) { svg.setAttribute(a[0], String(a[1])); });
    svg.style.left = (at.left - origin.left) + 'px'; svg.style.top = (at.top - origin.top) + 'px';
    ch.shapes.forEach(function (s) {
      var shape = document.createElementNS(SVG, s.tag);
      Object.keys(s.attrs).forEach(function (k) { shape.setAttribute(k, String(s.attrs[k])); });
      if (s.text !== undefined) shape.textContent = s.text;
      svg.appendChild(shape);
    });
    grid.appendChild(svg);
  }
  function draw() {
    var tabs = document.getElementById('tabs'); tabs.textContent = '';
    workbook.sheets.forEach(function (s) {
      var b = el('button', s.name + (s.hidden ? ' ' + text.hidden : ''));
      b.setAttribute('data-sheet', s.name);
      if (s.name === shown) b.className = 'active';
      if (s.hidden) b.className += ' hidden-sheet';
      if (known && known.indexOf(s.name) < 0) b.className += ' new';
      b.onclick = function () { shown = s.name; draw(); };
      tabs.appendChild(b);
    });
    var sheet = workbook.sheets.filter(function (s) { return s.name === shown; })[0] || workbook.sheets[0];
    var grid = document.getElementById('grid'); grid.textContent = '';
    document.getElementById('info').textContent = say('size', { sheet: sheet.name, rows: sheet.rows, cols: sheet.cols }) + (sheet.rows > sheet.values.length ? ' ' + say('firstShown', { n: sheet.values.length }) : '');
    var table = el('table'); table.id = 'sheet-grid'; table.setAttribute('data-sheet', sheet.name);
    var cols = el('colgroup'), width = 46;
    [46].concat(sheet.widths).forEach(function (w) { var col = el('col'); col.style.width = w + 'px'; cols.appendChild(col); });
    sheet.widths.forEach(function (w) { width += w; });
    table.style.width = width + 'px';
    table.appendChild(cols);
    var head = el('tr'); head.appendChild(el('th', ''));
    for (var c = 0; c < sheet.letters.length; c++) head.appendChild(el('th', sheet.letters[c]));
    table.appendChild(head);
    sheet.values.forEach(function (row, r) {
      var tr = el('tr', null, r < sheet.frozenRows ? 'frozen' : '');
      tr.appendChild(el('td', r + 1, 'rownum'));
      row.forEach(function (v, c) {
        var next = row[c + 1];
        var td = el('td', v.text, [v.num ? 'num' : '', v.bold ? 'bold' : '', v.wrap ? 'wrap' : '', !v.num && !v.wrap && next && next.text === '' ? 'spill' : ''].join(' ').trim());
        if (v.background) td.style.background = v.background;
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    grid.appendChild(table);
    sheet.charts.forEach(function (ch) { drawChart(ch, table, grid); });
  }
  function refresh() {
    return fetch('/workbook').then(function (r) { return r.json(); }).then(function (wb) {
      var names = wb.sheets.map(function (s) { return s.name; });
      if (known === null) known = names;
      if (!shown || names.indexOf(shown) < 0 || (workbook && wb.active !== workbook.active)) shown = wb.active;
      workbook = wb;
      draw();
    });
  }
  window.addEventListener('message', function (e) { if (e.data && e.data.type === 'rpc') refresh(); });
  window.previewRefresh = refresh;
  refresh();
  loadSidebar();
})();
</script>
</body></html>`;
}

/**
 * The `google.script.run` / `google.script.host` stand-in put into the sidebar: each call is POSTed
 * as JSON to `/rpc/<name>`, and the host page is told so it can redraw the workbook.
 */
export const SHIM = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, { get: function (_, name) {
      if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
      if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
      if (name === 'withUserObject') return function () { return runner(ok, fail); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
          .then(function (r) { return r.json(); })
          .then(function (res) {
            parent.postMessage({ type: 'rpc', name: String(name) }, '*');
            if (res.ok) { if (ok) ok(res.result); } else if (fail) fail(new Error(res.error));
          }, function (e) { if (fail) fail(e); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { parent.postMessage({ type: 'close' }, '*'); }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;
