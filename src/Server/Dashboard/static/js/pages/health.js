// Health and settings: storage health, the key's identity and, for admin keys, this server's engine (queue depth,
// in-flight runs) and the effective flags.
import { api } from '../api.js';
import { errorBox, h, replace } from '../dom.js';
import { can, session } from '../session.js';

export async function render(main) {
  replace(main, h('h1', null, 'Health and settings'));
  const health = await api('/api/health', { scoped: false }).catch(error => ({ status: 'unreachable', checks: {}, error }));
  main.append(h('section', { 'aria-labelledby': 'storage-title' },
    h('h2', { id: 'storage-title' }, 'Storage: ', h('span', { 'data-testid': 'health-status' }, health.status)),
    h('table', { 'aria-label': 'Storage checks' },
      h('thead', null, h('tr', null, ['Service', 'Status', 'Duration', 'Reason'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, Object.entries(health.checks ?? {}).map(([name, check]) =>
        h('tr', null, h('td', null, name), h('td', null, check.status), h('td', null, `${check.duration_ms} ms`), h('td', null, check.reason ?? '')))))));
  if (can('admin')) {
    try {
      const engine = await api('/api/v1/engine', { scoped: false });
      main.append(h('section', null, h('h2', null, 'Engine (this server)'), h('dl.facts', null,
        h('dt', null, 'Executing runs'), h('dd', null, engine.enabled ? 'yes' : 'no'),
        h('dt', null, 'Queue depth'), h('dd', { 'data-testid': 'queue-depth' }, String(engine.queue_depth)),
        h('dt', null, 'In-flight runs'), h('dd', { 'data-testid': 'in-flight' }, String(engine.in_flight_runs)),
        h('dt', null, 'Max concurrency'), h('dd', null, String(engine.max_concurrency)))));
    } catch (error) {
      main.append(errorBox(error));
    }
  }
  main.append(h('section', null, h('h2', null, 'This key'), h('dl.facts', null,
    h('dt', null, 'Key id'), h('dd', null, session.caller.key_id),
    h('dt', null, 'Tenant'), h('dd', null, session.caller.all_tenants ? 'every tenant' : session.caller.tenant_id),
    h('dt', null, 'Scopes'), h('dd', null, session.caller.scopes.join(' ') || 'none'))));
  if (!can('admin')) return;
  try {
    const flags = await api('/api/v1/flags', { scoped: false });
    main.append(h('section', null, h('h2', null, 'Effective flags'), h('table', { 'aria-label': 'Flags' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Flag'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', null, Object.entries(flags).map(([name, value]) => h('tr', null, h('td.mono', null, name), h('td', null, String(value))))))));
  } catch (error) {
    main.append(errorBox(error));
  }
}
