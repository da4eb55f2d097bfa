// Counts by status and the runs-per-minute chart, from GET /api/v1/jobs/summary (the server counts; the browser only draws).
import { api } from './api.js';
import { errorBox, h, replace } from './dom.js';
import { outcomes, runsPerMinuteChart } from './chart.js';
import { runStatuses } from './runs-table.js';

const windows = { '1h': 60, '24h': 1440 };

export function summaryPanel(signal) {
  const counts = h('dl.counts', { 'data-testid': 'status-counts' });
  const chart = h('div.chart-box');
  const note = h('p.hint');
  let window = '1h';
  const buttons = Object.keys(windows).map(name => h('button', {
    type: 'button', 'aria-pressed': String(name === window), onclick: () => { window = name; refresh(); },
  }, name === '1h' ? 'Last hour' : 'Last day'));
  const panel = h('section.summary', { 'aria-labelledby': 'summary-title' },
    h('h2', { id: 'summary-title' }, 'Runs by status ', h('span.toggle', { role: 'group', 'aria-label': 'Window' }, buttons)),
    counts, chart, h('ul.legend', null, outcomes.map(o => h('li', null, h(`span.swatch.o-${o}`), o.replaceAll('_', ' ')))), note);

  let timer = null;
  async function refresh() {
    buttons.forEach(b => b.setAttribute('aria-pressed', String(b.textContent === (window === '1h' ? 'Last hour' : 'Last day'))));
    try {
      const summary = await api('/api/v1/jobs/summary', { query: { window } });
      replace(counts, runStatuses.map(status => h('div', { 'data-status': status },
        h('dt', null, status.replaceAll('_', ' ')), h('dd', null, String(summary.counts[status] ?? 0)))));
      replace(chart, runsPerMinuteChart(summary.buckets, summary.until, windows[window]));
      note.textContent = `Runs requested since ${summary.since.replace('T', ' ').slice(0, 16)} UTC` +
        (summary.truncated ? ` (the first ${summary.total} only: the window holds more).` : '.');
    } catch (error) {
      replace(counts, errorBox(error));
    }
  }
  // Refreshed at most every 5 s while runs change, so a busy tenant does not turn each stream event into a query.
  panel.addEventListener('run', () => { if (!timer) timer = setTimeout(() => { timer = null; if (!signal.aborted) refresh(); }, 5000); });
  refresh();
  return panel;
}
