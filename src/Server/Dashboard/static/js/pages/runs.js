// Runs: counts by status and runs per minute, a live list from the tenant stream, and every run with filters and
// server-side cursor paging (never more than one page in the browser).
import { api, stream } from '../api.js';
import { errorBox, field, h, replace, select } from '../dom.js';
import { runStatuses, runsTable, upsertRow, emptyRow } from '../runs-table.js';
import { tenant } from '../session.js';
import { summaryPanel } from '../summary.js';

const liveCap = 50;

export async function render(main, _params, signal) {
  const state = h('span.stream-state', { 'data-testid': 'stream-state', role: 'status' }, 'connecting…');
  const live = runsTable('Live runs', 'live-runs');
  emptyRow(live.body, 8, 'No unfinished runs yet; new runs appear here as they are requested.');
  const all = runsTable('All runs', 'all-runs');
  const filters = filterForm();
  const pager = h('div.pager');
  const listError = h('div');
  const summary = summaryPanel(signal);

  replace(main,
    h('h1', null, 'Runs ', h('small', null, `tenant ${tenant()}`)),
    summary,
    h('section', { 'aria-labelledby': 'live-title' },
      h('h2', { id: 'live-title' }, 'Live ', state),
      h('p.hint', null, 'Unfinished runs and every change, streamed from the server as it happens.'),
      live.table),
    h('section', { 'aria-labelledby': 'all-title' },
      h('h2', { id: 'all-title' }, 'All runs'),
      filters.form, listError, all.table, pager));

  // Paging: the server's cursors, a stack of them for "Previous".
  const cursors = [];
  let current = null;
  async function load(cursor) {
    const query = { ...filters.values(), cursor: cursor ?? undefined };
    try {
      const page = await api('/api/v1/jobs', { query });
      replace(listError);
      current = cursor;
      all.body.replaceChildren();
      if (!page.runs.length) emptyRow(all.body, 8, 'No runs match.');
      for (const run of page.runs) upsertRow(all.body, run, false);
      replace(pager,
        h('button', { type: 'button', disabled: !cursors.length, onclick: () => load(cursors.pop() ?? null) }, 'Previous page'),
        h('button', { type: 'button', disabled: !page.next_cursor, 'data-testid': 'next-page', onclick: () => { cursors.push(current); load(page.next_cursor); } }, 'Next page'));
    } catch (error) {
      replace(listError, errorBox(error));
    }
  }
  filters.form.addEventListener('submit', event => { event.preventDefault(); cursors.length = 0; load(null); });
  await load(null);

  stream('/api/v1/jobs/stream', {
    signal,
    onState: (name, error) => {
      state.textContent = name === 'live' ? '● live' : name === 'error' ? 'stopped' : 'reconnecting…';
      if (error) live.table.after(errorBox(error));
    },
    onEvent: (name, run) => {
      if (name !== 'run') return;
      live.body.querySelector('tr.empty')?.remove();
      upsertRow(live.body, run, true);
      while (live.body.rows.length > liveCap) live.body.lastElementChild.remove();
      if (all.body.querySelector(`tr[data-run-id="${run.run_id}"]`)) upsertRow(all.body, run, false);
      summary.dispatchEvent(new CustomEvent('run', { detail: run }));
    },
  });
}

function filterForm() {
  const status = select('status', [['', 'any status'], ...runStatuses.map(s => [s, s.replaceAll('_', ' ')])], '');
  const template = h('input', { name: 'template_key', placeholder: 'e.g. autopilot.ops.scan', autocomplete: 'off' });
  const project = h('input', { name: 'project_id', autocomplete: 'off' });
  const limit = select('limit', [['25', '25'], ['50', '50'], ['100', '100'], ['200', '200']], '50');
  const form = h('form.filters', { 'aria-label': 'Run filters' },
    field('Status', status), field('Template', template), field('Project', project), field('Per page', limit),
    h('button', { type: 'submit' }, 'Apply'));
  return {
    form,
    values: () => ({ status: status.value, template_key: template.value.trim(), project_id: project.value.trim(), limit: limit.value }),
  };
}
