// Audit: the trail, newest first, with the API's filters.
import { field, h, replace, select, time } from '../dom.js';
import { pagedList } from '../paged-list.js';
import { can, tenant } from '../session.js';

export async function render(main) {
  replace(main, h('h1', null, 'Audit ', h('small', null, `tenant ${tenant()}`)));
  if (!can('audit:read')) { main.append(h('p.notice', null, 'This key has no audit:read scope.')); return; }
  pagedList(main, {
    path: '/api/v1/audit', label: 'Audit records', testId: 'audit',
    columns: ['At', 'Action', 'Decision', 'Reason', 'Key', 'Actor', 'Details'],
    controls: [
      field('Action', h('input', { name: 'action', autocomplete: 'off', placeholder: 'e.g. job_request' })),
      field('Decision', select('decision', [['', 'any'], ['allow', 'allow'], ['deny', 'deny']], '')),
      field('Since (UTC)', h('input', { name: 'since', type: 'datetime-local' })),
      field('Until (UTC)', h('input', { name: 'until', type: 'datetime-local' })),
    ],
    items: page => page.records,
    rowOf: r => h('tr', null, h('td', null, time(r.at)), h('td', null, h('code', null, r.action)), h('td', null, r.decision),
      h('td', null, r.reason), h('td.mono', null, r.key_id ?? ''), h('td', null, r.actor_id ?? ''),
      h('td', null, Object.entries(r.details ?? {}).map(([k, v]) => h('div', null, `${k}: ${v}`)))),
  });
}
