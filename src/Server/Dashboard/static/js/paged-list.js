// A server-paged list with a filter form: the page of rows and a "Next page" cursor; nothing is paged in the browser.
import { api } from './api.js';
import { errorBox, h, replace } from './dom.js';

/**
 * Renders into container: filters (controls with a name), a table with `columns`, rows from rowOf(item). items(page)
 * picks the page's list. Returns {reload}.
 */
export function pagedList(container, { path, label, testId, columns, controls, items, rowOf, fixed = {} }) {
  const body = h('tbody');
  const failure = h('div');
  const pager = h('div.pager');
  const form = h('form.filters', { 'aria-label': `${label} filters` }, controls, h('button', { type: 'submit' }, 'Apply'));
  container.append(form, failure,
    h('table', { 'aria-label': label, 'data-testid': testId },
      h('thead', null, h('tr', null, columns.map(c => h('th', { scope: 'col' }, c)))), body),
    pager);
  const history = [];
  async function load(cursor) {
    const query = { ...fixed };
    for (const control of form.querySelectorAll('[name]')) {
      const value = control.type === 'datetime-local' && control.value ? new Date(control.value + 'Z').toISOString() : control.value.trim();
      if (value) query[control.name] = value;
    }
    if (cursor) query.cursor = cursor;
    try {
      const page = await api(path, { query });
      replace(failure);
      const list = items(page);
      replace(body, list.length ? list.map(rowOf) : h('tr', null, h('td', { colspan: columns.length }, 'Nothing matches.')));
      replace(pager,
        h('button', { type: 'button', disabled: !history.length, onclick: () => { history.pop(); load(history.at(-1)); } }, 'Previous page'),
        h('button', { type: 'button', disabled: !page.next_cursor, onclick: () => { history.push(page.next_cursor); load(page.next_cursor); } }, 'Next page'));
    } catch (error) {
      replace(failure, errorBox(error));
    }
  }
  form.addEventListener('submit', event => { event.preventDefault(); history.length = 0; load(null); });
  load(null);
  return { reload: () => load(null) };
}
