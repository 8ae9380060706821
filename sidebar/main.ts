/** Sidebar entry (filled in by the sidebar flow). */
const app = document.getElementById('app');
if (app) app.textContent = 'Loading…';
