// Events: the tenant's events, newest first, with filters; payloads as the API returns them (PII masked unless the key
// has events:pii, which the server decides).
import { field, h, json, replace, time } from '../dom.js';
import { pagedList } from '../paged-list.js';
import { can, tenant } from '../session.js';

export async function render(main) {
  replace(main, h('h1', null, 'Events ', h('small', null, `tenant ${tenant()}`)),
    h('p.hint', null, can('events:pii') ? 'This key has events:pii: protected fields are shown decrypted.'
      : 'Protected fields are masked: this key has no events:pii scope.'));
  if (!can('events:read')) { main.append(h('p.notice', null, 'This key has no events:read scope.')); return; }
  pagedList(main, {
    path: '/api/v1/events', label: 'Events', testId: 'events',
    columns: ['Received', 'Type', 'Source', 'Module', 'Payload'],
    controls: [
      field('Event type', h('input', { name: 'event_type', autocomplete: 'off' })),
      field('Source app', h('input', { name: 'source_app', autocomplete: 'off' })),
      field('Project', h('input', { name: 'project_id', autocomplete: 'off' })),
      field('Received since (UTC)', h('input', { name: 'received_since', type: 'datetime-local' })),
      field('Limit', h('input', { name: 'limit', type: 'number', min: 1, max: 200, value: 50 })),
    ],
    items: page => page.events,
    rowOf: e => h('tr', null, h('td', null, time(e.received_at ?? e.timestamp)), h('td', null, e.event_type), h('td', null, e.source_app ?? ''),
      h('td', null, e.source_module ?? ''), h('td', null, h('details', null, h('summary', null, e.event_id ?? 'payload'), json(e.payload)))),
  });
}
