// The runs table both run lists use: one row per run, updated in place by id.
import { badge, h, replace, runDuration, time } from './dom.js';

export const runStatuses = ['queued', 'running', 'awaiting_approval', 'succeeded', 'failed', 'rolling_back', 'rolled_back', 'rollback_failed', 'canceled'];

export function runsTable(label, testId) {
  const body = h('tbody');
  const table = h('table.runs', { 'aria-label': label, 'data-testid': testId },
    h('thead', null, h('tr', null, ['Run', 'Status', 'Template', 'Tenant', 'Requested', 'Started', 'Finished', 'Duration'].map(c => h('th', { scope: 'col' }, c)))),
    body);
  return { table, body };
}

export function runRow(run) {
  return h('tr', { 'data-run-id': run.run_id, 'data-status': run.status },
    h('td', null, h('a', { href: `#/runs/${run.run_id}`, class: 'mono' }, run.run_id)),
    h('td', null, badge(run.status)),
    h('td', null, `${run.template_key}@${run.template_version}`),
    h('td', null, run.tenant_id),
    h('td', null, time(run.requested_at)),
    h('td', null, time(run.started_at)),
    h('td', null, time(run.finished_at)),
    h('td', null, runDuration(run)));
}

/** Puts run's row in body: replaces the row with its id, or inserts it (first when `top`). Returns whether it was new. */
export function upsertRow(body, run, top) {
  const existing = body.querySelector(`tr[data-run-id="${run.run_id}"]`);
  const row = runRow(run);
  if (existing) { existing.replaceWith(row); return false; }
  if (top) body.prepend(row); else body.append(row);
  return true;
}

export function emptyRow(body, columns, text) {
  replace(body, h('tr.empty', null, h('td', { colspan: columns }, text)));
}
