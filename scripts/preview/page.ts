/**
 * The preview's host page: the sample workbook as a grid with its sheet tabs on the left, the real
 * sidebar (dist/sidebar.html, 300 px like Sheets) on the right. Cell text is set with textContent,
 * since the grid shows the workbook's data.
 */
export function hostPage(locale: string, page: string): string {
  const q = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Customer segments: local preview</title>
<style>
  * { box-sizing: border-box; }
  html, body { height: 100%; margin: 0; font-family: Arial, sans-serif; font-size: 13px; color: #202124; }
  #top { height: 40px; display: flex; align-items: center; gap: 12px; padding: 0 12px; background: #f8f9fa; border-bottom: 1px solid #dadce0; }
  #top b { font-size: 15px; }
  #top .grow { flex: 1; }
  #wrap { display: flex; height: calc(100% - 40px); }
  #tabs { width: 170px; border-right: 1px solid #dadce0; overflow: auto; background: #f8f9fa; padding: 6px 0; }
  #tabs button { display: block; width: 100%; text-align: left; border: none; background: none; padding: 6px 10px; font: inherit; cursor: pointer; color: #3c4043; }
  #tabs button.active { background: #e8f0fe; color: #1967d2; font-weight: 600; }
  #tabs button.hidden-sheet { font-style: italic; color: #80868b; }
  #tabs button.new::after { content: ' ●'; color: #188038; }
  #main { flex: 1; overflow: auto; }
  #info { padding: 6px 10px; color: #5f6368; border-bottom: 1px solid #e0e0e0; }
  table { border-collapse: collapse; font-size: 12px; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; }
  td.rownum { background: #f8f9fa; color: #5f6368; text-align: right; }
  td.num { text-align: right; }
  tr.frozen td { font-weight: 600; background: #fafafa; }
  #charts { padding: 6px 10px; color: #3c4043; }
  #side { width: 302px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side iframe { width: 300px; flex: 1; border: none; }
</style></head>
<body>
<div id="top"><b>Customer segments</b><span>local preview (fake Sheets, real dist/Code.js)</span><span class="grow"></span>
  <label>Locale <select id="locale"><option value="en_US">en_US</option><option value="zh_TW">zh_TW</option><option value="zh_CN">zh_CN</option><option value="ms_MY">ms_MY</option></select></label>
  <label>Menu <select id="page"><option value="run">Segment my customers</option><option value="settings">Settings</option><option value="help">Help</option></select></label>
  <button id="reset" type="button">Reset workbook</button>
</div>
<div id="wrap">
  <nav id="tabs" aria-label="Sheets"></nav>
  <div id="main"><div id="info"></div><div id="grid"></div><div id="charts"></div></div>
  <div id="side"><iframe id="sidebar" title="Sidebar"></iframe></div>
</div>
<script>
(function () {
  var locale = ${q(locale)}, page = ${q(page)};
  var shown = null, known = null, workbook = null;
  var el = function (tag, text, cls) { var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; };
  document.getElementById('locale').value = locale;
  document.getElementById('page').value = page;
  var frame = document.getElementById('sidebar');
  var loadSidebar = function () { frame.src = '/sidebar?page=' + encodeURIComponent(page); };
  document.getElementById('locale').onchange = function (e) { location.href = '/?locale=' + encodeURIComponent(e.target.value) + '&page=' + encodeURIComponent(page); };
  document.getElementById('page').onchange = function (e) { page = e.target.value; loadSidebar(); };
  document.getElementById('reset').onclick = function () { fetch('/reset', { method: 'POST' }).then(function () { known = null; shown = null; refresh(); loadSidebar(); }); };
  function draw() {
    var tabs = document.getElementById('tabs'); tabs.textContent = '';
    workbook.sheets.forEach(function (s) {
      var b = el('button', s.name + (s.hidden ? ' (hidden)' : ''));
      b.setAttribute('data-sheet', s.name);
      if (s.name === shown) b.className = 'active';
      if (s.hidden) b.className += ' hidden-sheet';
      if (known && known.indexOf(s.name) < 0) b.className += ' new';
      b.onclick = function () { shown = s.name; draw(); };
      tabs.appendChild(b);
    });
    var sheet = workbook.sheets.filter(function (s) { return s.name === shown; })[0] || workbook.sheets[0];
    var grid = document.getElementById('grid'); grid.textContent = '';
    document.getElementById('info').textContent = sheet.name + ': ' + sheet.rows + ' rows x ' + sheet.cols + ' columns' + (sheet.rows > sheet.values.length ? ' (first ' + sheet.values.length + ' shown)' : '');
    var table = el('table'); table.id = 'sheet-grid'; table.setAttribute('data-sheet', sheet.name);
    var head = el('tr'); head.appendChild(el('th', ''));
    for (var c = 0; c < sheet.cols && c < sheet.letters.length; c++) head.appendChild(el('th', sheet.letters[c]));
    table.appendChild(head);
    sheet.values.forEach(function (row, r) {
      var tr = el('tr', null, r < sheet.frozenRows ? 'frozen' : '');
      tr.appendChild(el('td', r + 1, 'rownum'));
      row.forEach(function (v) { tr.appendChild(el('td', v.text, v.num ? 'num' : '')); });
      table.appendChild(tr);
    });
    grid.appendChild(table);
    var charts = document.getElementById('charts'); charts.textContent = '';
    sheet.charts.forEach(function (ch) { charts.appendChild(el('div', 'Chart: ' + ch.type + (ch.title ? ' "' + ch.title + '"' : '') + ' on ' + ch.ranges.join(', '), 'chart')); });
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
