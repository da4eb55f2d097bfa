// A small Markdown renderer for the run report (GET .../manifest?format=markdown): headings, lists, tables, fenced code,
// rules, paragraphs, **bold**, `code` and backslash escapes. It builds elements and text nodes only, so whatever the
// text holds is shown, never executed; entities the server escaped (&lt; &gt; &amp;) are decoded into plain text.
import { h } from './dom.js';

const entities = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decode(text) {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, entity => entities[entity]);
}

/** Inline spans: backslash escapes, `code`, **bold**, *emphasis*; the rest is text. */
export function inline(text) {
  const nodes = [];
  let plain = '';
  const flush = () => { if (plain) nodes.push(decode(plain)); plain = ''; };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) { plain += text[i + 1]; i += 2; continue; }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) { flush(); nodes.push(h('code', null, decode(text.slice(i + 1, end)))); i = end + 1; continue; }
    }
    if (text.startsWith('**', i)) {
      const end = findUnescaped(text, '**', i + 2);
      if (end > i) { flush(); nodes.push(h('strong', null, inline(text.slice(i + 2, end)))); i = end + 2; continue; }
    }
    if (c === '*' && text[i + 1] !== ' ') {
      const end = findUnescaped(text, '*', i + 1);
      if (end > i + 1) { flush(); nodes.push(h('em', null, inline(text.slice(i + 1, end)))); i = end + 1; continue; }
    }
    plain += c;
    i += 1;
  }
  flush();
  return nodes;
}

function findUnescaped(text, token, from) {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

function cells(line) {
  const parts = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) { cell += body[i] + body[i + 1]; i++; continue; }
    if (body[i] === '|') { parts.push(cell.trim()); cell = ''; continue; }
    cell += body[i];
  }
  parts.push(cell.trim());
  return parts;
}

/** The Markdown document as a <div class="markdown"> of elements. */
export function renderMarkdown(source) {
  const root = h('div.markdown');
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let list = null;
  let paragraph = [];
  const closeParagraph = () => { if (paragraph.length) root.append(h('p', null, inline(paragraph.join(' ')))); paragraph = []; };
  const closeList = () => { list = null; };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      closeParagraph(); closeList();
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) code.push(lines[i]);
      root.append(h('pre', null, h('code', null, code.join('\n'))));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      closeParagraph(); closeList();
      root.append(h(`h${Math.min(6, heading[1].length + 1)}`, null, inline(heading[2])));
      continue;
    }
    if (/^\s*(---+|\*\*\*+)\s*$/.test(line)) { closeParagraph(); closeList(); root.append(h('hr')); continue; }
    const item = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (item) {
      closeParagraph();
      if (!list) { list = h('ul'); root.append(list); }
      list.append(h('li', null, inline(item[1])));
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      closeParagraph(); closeList();
      const head = cells(line);
      const rows = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(cells(lines[i]));
      i--;
      root.append(h('table', null,
        h('thead', null, h('tr', null, head.map(c => h('th', { scope: 'col' }, inline(c))))),
        h('tbody', null, rows.map(r => h('tr', null, r.map(c => h('td', null, inline(c))))))));
      continue;
    }
    if (!line.trim()) { closeParagraph(); closeList(); continue; }
    closeList();
    paragraph.push(line.trim());
  }
  closeParagraph();
  return root;
}
