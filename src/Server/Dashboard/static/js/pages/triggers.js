// Triggers: each trigger's schedule in words, next fire (UTC and its zone), enabled and dry-run state; paged by the server.
import { api } from '../api.js';
import { errorBox, h, replace } from '../dom.js';
import { cronInWords, inUtcAndZone } from '../cron.js';
import { can, tenant } from '../session.js';

export async function render(main) {
  if (!can('triggers:admin')) {
    replace(main, h('h1', null, 'Triggers'), h('p.notice', null, 'This key has no triggers:admin scope, so it cannot see triggers.'));
    return;
  }
  const body = h('tbody');
  const pager = h('div.pager');
  const failure = h('div');
  replace(main,
    h('h1', null, 'Triggers ', h('small', null, `tenant ${tenant()}`)),
    h('p', null, h('a.button', { href: '#/triggers/new' }, 'New trigger')),
    failure,
    h('table', { 'aria-label': 'Triggers', 'data-testid': 'triggers' },
      h('thead', null, h('tr', null, ['Trigger', 'Type', 'Schedule or event', 'Next fire', 'Template', 'State'].map(c => h('th', { scope: 'col' }, c)))),
      body),
    pager);
  const cursors = [];
  async function load(cursor) {
    try {
      const page = await api('/api/v1/triggers', { query: { cursor: cursor ?? undefined, limit: 50 } });
      replace(body, page.items.length ? page.items.map(row) : h('tr', null, h('td', { colspan: 6 }, 'No triggers yet.')));
      replace(pager,
        h('button', { type: 'button', disabled: !cursors.length, onclick: () => { cursors.pop(); load(cursors.at(-1)); } }, 'Previous page'),
        h('button', { type: 'button', disabled: !page.next_cursor, onclick: () => { cursors.push(page.next_cursor); load(page.next_cursor); } }, 'Next page'));
    } catch (error) {
      replace(failure, errorBox(error));
    }
  }
  await load(null);
}

function row(trigger) {
  return h('tr', { 'data-trigger-id': trigger.id },
    h('td', null, h('a', { href: `#/triggers/${encodeURIComponent(trigger.id)}` }, trigger.name), h('div.mono.small', null, trigger.id)),
    h('td', null, trigger.trigger_type),
    h('td', null, trigger.trigger_type === 'cron' ? cronInWords(trigger.cron_expression, trigger.time_zone) : `event ${trigger.event_type_filter ?? ''}`),
    h('td', null, inUtcAndZone(trigger.next_fire_at, trigger.time_zone)),
    h('td', null, trigger.target_template_key),
    h('td', null, trigger.enabled ? 'enabled' : 'disabled', trigger.dry_run ? ' · dry run' : ''));
}
