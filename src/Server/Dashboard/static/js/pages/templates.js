// Templates: built-in and registered, latest versions, enabled state for the tenant (switchable with templates:admin),
// the contract with its schemas, and its GitHub Actions export.
import { api } from '../api.js';
import { errorBox, h, json, replace, toast } from '../dom.js';
import { can, tenant } from '../session.js';

export async function render(main) {
  replace(main, h('h1', null, 'Templates ', h('small', null, `tenant ${tenant()}`)));
  if (!can('jobs:read') && !can('templates:admin')) { main.append(h('p.notice', null, 'This key has neither jobs:read nor templates:admin.')); return; }
  const list = await api('/api/v1/templates');
  const detail = h('section', { 'aria-live': 'polite' });
  main.append(h('table', { 'aria-label': 'Templates', 'data-testid': 'templates' },
    h('thead', null, h('tr', null, ['Template', 'Version', 'Category', 'Kind', 'Scopes', 'Enabled', ''].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', null, list.templates.map(t => h('tr', { 'data-template-key': t.template_key },
      h('td', null, h('strong', null, t.name), h('div.mono.small', null, t.template_key)),
      h('td', null, t.version), h('td', null, t.category),
      h('td', null, [t.built_in ? 'built-in' : 'registered', t.is_action_job ? ' · action' : ''].join('')),
      h('td.small', null, t.required_scopes.join(' ')),
      h('td', null, enabledCell(t)),
      h('td', null, h('button', { type: 'button', onclick: () => show(detail, t.template_key) }, `Contract of ${t.template_key}`)))))),
  detail);
}

function enabledCell(template) {
  const state = h('span', null, template.enabled ? 'enabled' : 'disabled');
  if (!can('templates:admin')) return state;
  const box = h('input', { type: 'checkbox', checked: template.enabled, 'aria-label': `Enabled for ${tenant()}: ${template.template_key}` });
  box.addEventListener('change', async () => {
    try {
      await api(`/api/v1/templates/${encodeURIComponent(template.template_key)}/${box.checked ? 'enable' : 'disable'}`, { method: 'POST' });
      toast(`${template.template_key} ${box.checked ? 'enabled' : 'disabled'}.`);
    } catch (error) {
      box.checked = !box.checked;
      box.after(errorBox(error));
    }
  });
  return h('label', null, box, ' enabled');
}

async function show(section, key) {
  replace(section, h('h2', null, key));
  try {
    section.append(h('h3', null, 'Contract (schemas and steps)'), json(await api(`/api/v1/templates/${encodeURIComponent(key)}`)));
  } catch (error) { section.append(errorBox(error)); }
  try {
    const response = await api(`/api/v1/templates/${encodeURIComponent(key)}/github-workflow`, { raw: true });
    section.append(h('h3', null, 'GitHub Actions export'), h('pre', null, await response.text()));
  } catch (error) { section.append(h('h3', null, 'GitHub Actions export'), errorBox(error)); }
  section.scrollIntoView();
}
