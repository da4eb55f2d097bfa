// The dashboard shell: sign-in, the navigation and a hash router (#/runs, #/runs/{id}, ...). Each page module exports
// render(main, params, signal); the signal aborts its streams when the page is left.
import { api, unauthorized } from './api.js';
import { apiKey, saveKey, session, setTenant, signOut, tenant } from './session.js';
import { errorBox, h, replace } from './dom.js';
import * as runs from './pages/runs.js';
import * as run from './pages/run.js';
import * as events from './pages/events.js';
import * as triggers from './pages/triggers.js';
import * as trigger from './pages/trigger.js';
import * as templates from './pages/templates.js';
import * as audit from './pages/audit.js';
import * as health from './pages/health.js';

const routes = [
  [/^#\/runs\/(run_[0-9a-f]{32})$/, run],
  [/^#\/runs$/, runs],
  [/^#\/events$/, events],
  [/^#\/triggers\/new$/, trigger],
  [/^#\/triggers\/([A-Za-z0-9._:-]{1,48})$/, trigger],
  [/^#\/triggers$/, triggers],
  [/^#\/templates$/, templates],
  [/^#\/audit$/, audit],
  [/^#\/health$/, health],
];

const main = document.getElementById('main');
let pageAbort = new AbortController();

function showSignIn(error) {
  document.getElementById('nav').hidden = true;
  document.getElementById('identity').hidden = true;
  const key = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = h('form.signin', { 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in'),
    h('p', null, 'Paste a JobForge API key. It stays in this browser tab only (session storage) and goes to the server in the Authorization header.'),
    h('label.field', { for: 'api-key' }, h('span', null, 'API key')),
    key,
    error ? errorBox(error) : null,
    h('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    saveKey(key.value.trim());
    await start();
  });
  replace(main, form);
  key.focus();
}

async function start() {
  if (!apiKey()) return showSignIn();
  try {
    session.caller = await api('/api/v1/me', { scoped: false });
  } catch (error) {
    signOut();
    return showSignIn(error.status === 401 ? { type: 'unauthorized', message: 'The server refused this API key.' } : error);
  }
  const caller = session.caller;
  document.getElementById('nav').hidden = false;
  document.getElementById('identity').hidden = false;
  document.getElementById('who').textContent =
    `${caller.key_id} · ${caller.all_tenants ? 'all tenants' : 'tenant ' + caller.tenant_id} · ${caller.scopes.length ? caller.scopes.join(' ') : 'no scopes'}`;
  const picker = document.getElementById('tenant-picker');
  picker.hidden = !caller.all_tenants;
  document.getElementById('tenant').value = tenant();
  if (!location.hash || location.hash === '#') location.hash = '#/runs';
  else route();
}

function route() {
  if (!session.caller) return;
  pageAbort.abort();
  pageAbort = new AbortController();
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', location.hash.startsWith(link.getAttribute('href')));
    if (link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
  }
  for (const [pattern, page] of routes) {
    const match = pattern.exec(location.hash);
    if (match) {
      replace(main);
      if (session.caller.all_tenants && !tenant() && page !== health) {
        replace(main, h('p.notice', null, 'This key covers every tenant: enter a tenant above to see its data.'));
        return;
      }
      page.render(main, match.slice(1), pageAbort.signal).catch(error => {
        if (!pageAbort.signal.aborted) main.append(errorBox(error));
      });
      return;
    }
  }
  replace(main, h('p', null, 'No such page. '), h('a', { href: '#/runs' }, 'Runs'));
}

window.addEventListener('hashchange', route);
unauthorized.addEventListener('unauthorized', () => { pageAbort.abort(); signOut(); showSignIn({ type: 'unauthorized', message: 'The server no longer accepts this API key.' }); });
document.getElementById('sign-out').addEventListener('click', () => { pageAbort.abort(); signOut(); location.hash = ''; showSignIn(); });
document.getElementById('tenant').addEventListener('change', event => { setTenant(event.target.value.trim()); route(); });
start();
