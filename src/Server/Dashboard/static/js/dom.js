// Builds DOM from data without ever parsing HTML: text goes in as text nodes, so nothing the API returns can inject markup.

/** h('tag.class', {attr: value, onclick: fn}, ...children): an element; strings become text nodes, null/false are skipped. */
export function h(spec, attributes, ...children) {
  const [tag, ...classes] = spec.split('.');
  const element = document.createElement(tag || 'div');
  if (classes.length) element.className = classes.join(' ');
  if (attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
      else if (name === 'dataset') Object.assign(element.dataset, value);
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children (nested arrays, strings, numbers, nodes) to parent. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of parent. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** An ISO instant as "2026-12-05 18:03:04Z" (UTC, sortable); empty for none. */
export function time(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** Milliseconds as "850 ms", "12.3 s", "4 min 2 s". */
export function duration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60000);
  return minutes < 60 ? `${minutes} min ${Math.round((ms % 60000) / 1000)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The run's duration: finished - started (or now - started while it runs). */
export function runDuration(run) {
  if (!run.started_at) return '';
  const end = run.finished_at ? new Date(run.finished_at) : new Date();
  return duration(end - new Date(run.started_at));
}

/** A status badge: the text plus a class per status, never colour alone. */
export function badge(status) {
  return h(`span.badge.s-${String(status).replace(/[^a-z_]/g, '')}`, { 'data-status': status }, String(status).replaceAll('_', ' '));
}

/** Pretty JSON in a <pre> (as text). */
export function json(value) {
  return h('pre.json', null, JSON.stringify(value, null, 2));
}

/** A labelled form field: label wraps its control, so screen readers name it. */
export function field(label, control, hint) {
  return h('label.field', null, h('span', null, label), control, hint ? h('small', null, hint) : null);
}

/** A <select> with options [value, text] and the selected value. */
export function select(name, options, selected) {
  return h('select', { name }, options.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
}

/** Shows a short message in the live region. */
export function toast(message) {
  const region = document.getElementById('toast');
  region.textContent = message;
  region.classList.add('shown');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => region.classList.remove('shown'), 5000);
}

/** An error envelope as a visible alert: type, message, every detail and the trace id. */
export function errorBox(error) {
  const details = error.details;
  return h('div.error', { role: 'alert' },
    h('strong', null, error.type || 'error'), ': ', error.message || String(error),
    Array.isArray(details) && details.length
      ? h('ul', null, details.map(d => h('li', null, d.path ? `${d.path}: ` : '', d.message || d.code || JSON.stringify(d))))
      : details && typeof details === 'object' ? json(details) : null,
    error.traceId ? h('small', null, ` trace ${error.traceId}`) : null);
}
