// One trigger: create or edit form (the API validates; its messages are shown by field path), its decision log with
// codes and reasons, and "test now" (a dry-run evaluation the server records).
import { api } from '../api.js';
import { errorBox, field, h, json, replace, select, time, toast } from '../dom.js';
import { cronInWords, inUtcAndZone } from '../cron.js';
import { tenant } from '../session.js';

export async function render(main, [id], signal) {
  const creating = id === undefined;
  const trigger = creating ? null : await api(`/api/v1/triggers/${encodeURIComponent(id)}`);
  const templates = await api('/api/v1/templates').then(list => list.templates).catch(() => []);
  const form = triggerForm(trigger, templates);
  replace(main, h('p', null, h('a', { href: '#/triggers' }, '← Triggers')),
    h('h1', null, creating ? 'New trigger' : trigger.name),
    creating ? null : h('p', null, trigger.trigger_type === 'cron'
      ? [cronInWords(trigger.cron_expression, trigger.time_zone), ' · next fire ', h('span', { 'data-testid': 'next-fire' }, inUtcAndZone(trigger.next_fire_at, trigger.time_zone))]
      : `fires on events ${trigger.event_type_filter}`),
    creating || !trigger.next_fires?.length ? null : h('details', null, h('summary', null, 'Next fires'),
      h('ol', { 'data-testid': 'next-fires' }, trigger.next_fires.map(fire => h('li', null, inUtcAndZone(fire, trigger.time_zone))))),
    form.element);
  form.element.addEventListener('submit', async event => {
    event.preventDefault();
    form.problems.replaceChildren();
    try {
      let body;
      try { body = form.body(); } catch (error) { form.problems.append(errorBox({ type: 'validation_failed', message: error.message })); return; }
      if (creating) {
        const created = await api('/api/v1/triggers', { method: 'POST', body });
        toast(`Trigger ${created.id} created.`);
        location.hash = `#/triggers/${encodeURIComponent(created.id)}`;
      } else {
        delete body.id; delete body.tenant_id; delete body.trigger_type; delete body.actor_id;
        await api(`/api/v1/triggers/${encodeURIComponent(trigger.id)}`, { method: 'PATCH', body, headers: { 'If-Match': trigger.version } });
        toast('Trigger saved.');
        render(main, [trigger.id], signal);
      }
    } catch (error) {
      form.problems.append(errorBox(error));
    }
  });
  if (!creating) main.append(decisionsSection(trigger));
}

function triggerForm(trigger, templates) {
  const t = trigger ?? { trigger_type: 'cron', enabled: false, dry_run: false, safety: {}, target_inputs: {}, time_zone: 'UTC', misfire_policy: 'fire_once' };
  const input = (name, value, attributes) => h('input', { name, value: value ?? '', autocomplete: 'off', ...attributes });
  const id = input('id', t.id, { disabled: !!trigger, pattern: '[A-Za-z0-9._:-]{1,48}' });
  const name = input('name', t.name, { required: true });
  const type = select('trigger_type', [['cron', 'cron'], ['event', 'event']], t.trigger_type);
  if (trigger) type.disabled = true;
  const template = h('input', { name: 'target_template_key', value: t.target_template_key ?? '', list: 'template-keys', required: true, autocomplete: 'off' });
  const inputs = h('textarea', { name: 'target_inputs', rows: 3, spellcheck: 'false' }, JSON.stringify(t.target_inputs ?? {}, null, 1));
  const enabled = h('input', { type: 'checkbox', name: 'enabled', checked: t.enabled });
  const dryRun = h('input', { type: 'checkbox', name: 'dry_run', checked: t.dry_run });
  const cron = input('cron_expression', t.cron_expression, { placeholder: '0 3 * * *' });
  const zone = input('time_zone', t.time_zone ?? 'UTC');
  const misfire = select('misfire_policy', [['fire_once', 'fire once'], ['skip', 'skip']], t.misfire_policy ?? 'fire_once');
  const eventType = input('event_type_filter', t.event_type_filter, { placeholder: 'infrastructure.*' });
  const eventSource = input('event_source_filter', t.event_source_filter);
  const cooldown = input('cooldown_seconds', t.safety?.cooldown_seconds ?? 60, { type: 'number', min: 0, max: 86400 });
  const maxPerHour = input('max_runs_per_hour', t.safety?.max_runs_per_hour ?? 100, { type: 'number', min: 1, max: 100000 });
  const cronFields = h('fieldset', null, h('legend', null, 'Schedule'), field('Cron expression', cron, '5 fields, or 6 with seconds first'),
    field('Time zone (IANA)', zone), field('Misfire policy', misfire));
  const eventFields = h('fieldset', null, h('legend', null, 'Event filter'), field('Event type', eventType), field('Event source', eventSource));
  const toggle = () => { cronFields.hidden = type.value !== 'cron'; eventFields.hidden = type.value !== 'event'; };
  type.addEventListener('change', toggle);
  toggle();
  const problems = h('div', { 'data-testid': 'form-problems' });
  const element = h('form.trigger-form', { 'aria-label': trigger ? 'Edit trigger' : 'Create trigger', novalidate: true },
    h('datalist', { id: 'template-keys' }, templates.map(x => h('option', { value: x.template_key }, x.name))),
    h('div.grid', null, field('Id (optional)', id), field('Name', name), field('Type', type), field('Target template', template)),
    field('Target inputs (JSON)', inputs),
    cronFields, eventFields,
    h('fieldset', null, h('legend', null, 'Safety'), field('Cooldown (seconds)', cooldown), field('Max runs per hour', maxPerHour)),
    h('div.row', null, field('Enabled', enabled), field('Dry run (record decisions only)', dryRun)),
    problems,
    h('button', { type: 'submit' }, trigger ? 'Save trigger' : 'Create trigger'));
  const number = control => (control.value === '' ? undefined : Number(control.value));
  return {
    element, problems,
    body: () => {
      let targetInputs;
      try { targetInputs = JSON.parse(inputs.value || '{}'); } catch { throw new Error('Target inputs must be JSON, e.g. {"n": 1}.'); }
      const body = {
        name: name.value.trim(), trigger_type: type.value, target_template_key: template.value.trim(), target_inputs: targetInputs,
        enabled: enabled.checked, dry_run: dryRun.checked,
        safety: { ...(trigger?.safety ?? {}), cooldown_seconds: number(cooldown), max_runs_per_hour: number(maxPerHour) },
      };
      if (!trigger) body.tenant_id = tenant();
      if (!trigger && id.value.trim()) body.id = id.value.trim();
      if (type.value === 'cron') Object.assign(body, { cron_expression: cron.value.trim(), time_zone: zone.value.trim() || 'UTC', misfire_policy: misfire.value });
      else Object.assign(body, { event_type_filter: eventType.value.trim(), ...(eventSource.value.trim() ? { event_source_filter: eventSource.value.trim() } : {}) });
      return body;
    },
  };
}

function decisionsSection(trigger) {
  const body = h('tbody');
  const failure = h('div');
  const pager = h('div.pager');
  const section = h('section', { 'aria-labelledby': 'decisions-title' },
    h('h2', { id: 'decisions-title' }, 'Decisions'),
    h('button', { type: 'button', 'data-action': 'test', onclick: async () => {
      try {
        const decision = await api(`/api/v1/triggers/${encodeURIComponent(trigger.id)}/test`, { method: 'POST' });
        toast(`Test: ${decision.decision} (${decision.reason}).`);
        load(null);
      } catch (error) { replace(failure, errorBox(error)); }
    } }, 'Test now'),
    failure,
    h('table', { 'aria-label': 'Decisions', 'data-testid': 'decisions' },
      h('thead', null, h('tr', null, ['Evaluated', 'Decision', 'Reason', 'Slot or event', 'Outcome', 'Run', 'Test'].map(c => h('th', { scope: 'col' }, c)))),
      body),
    pager);
  async function load(cursor) {
    try {
      const page = await api(`/api/v1/triggers/${encodeURIComponent(trigger.id)}/decisions`, { query: { cursor: cursor ?? undefined, limit: 50 } });
      replace(body, page.items.length ? page.items.map(d => h('tr', { 'data-decision': d.decision },
        h('td', null, time(d.evaluated_at)), h('td', null, h('code', null, d.decision)), h('td', null, d.reason),
        h('td', null, d.scheduled_at ? time(d.scheduled_at) : d.event_id ?? ''), h('td', null, d.outcome ?? ''),
        h('td', null, d.run_id ? h('a.mono', { href: `#/runs/${d.run_id}` }, d.run_id) : ''), h('td', null, d.test ? 'yes' : ''))) : h('tr', null, h('td', { colspan: 7 }, 'No decisions yet.')));
      replace(pager, page.next_cursor ? h('button', { type: 'button', onclick: () => load(page.next_cursor) }, 'Older decisions') : null);
    } catch (error) {
      replace(failure, errorBox(error));
    }
  }
  load(null);
  section.append(h('details', null, h('summary', null, 'Trigger as stored'), json(trigger)));
  return section;
}
