// Runs per minute by outcome as stacked SVG bars, built with createElementNS (no markup parsing, no inline styles).
const svgNs = 'http://www.w3.org/2000/svg';
export const outcomes = ['succeeded', 'failed', 'canceled', 'rolled_back', 'rollback_failed', 'active'];

function svg(tag, attributes, text) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text) element.textContent = text;
  return element;
}

/** The outcome a status counts under: its own for finished runs, 'active' for queued, running, waiting, rolling back. */
export function outcomeOf(status) {
  return outcomes.includes(status) ? status : 'active';
}

/**
 * A chart of `minutes` one-minute columns ending at `until`; buckets: [{minute: ISO, counts: {status: n}}].
 * Labelled for screen readers with the totals per outcome.
 */
export function runsPerMinuteChart(buckets, until, minutes) {
  const width = 720, height = 140, left = 28, bottom = 18;
  const end = Math.floor(new Date(until).getTime() / 60000);
  const columns = new Map();
  for (const bucket of buckets) {
    const index = minutes - 1 - (end - Math.floor(new Date(bucket.minute).getTime() / 60000));
    if (index < 0 || index >= minutes) continue;
    const column = columns.get(index) ?? {};
    for (const [status, n] of Object.entries(bucket.counts)) column[outcomeOf(status)] = (column[outcomeOf(status)] ?? 0) + n;
    columns.set(index, column);
  }
  const peak = Math.max(1, ...[...columns.values()].map(c => Object.values(c).reduce((a, b) => a + b, 0)));
  const totals = {};
  const barWidth = (width - left) / minutes;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'data-testid': 'runs-chart' });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis' }));
  chart.append(svg('text', { x: 0, y: 12, class: 'tick' }, String(peak)));
  chart.append(svg('text', { x: 0, y: height - bottom, class: 'tick' }, '0'));
  chart.append(svg('text', { x: left, y: height - 4, class: 'tick' }, `-${minutes >= 120 ? minutes / 60 + ' h' : minutes + ' min'}`));
  chart.append(svg('text', { x: width - 30, y: height - 4, class: 'tick' }, 'now'));
  for (const [index, column] of columns) {
    let y = height - bottom;
    for (const outcome of outcomes) {
      const n = column[outcome] ?? 0;
      if (!n) continue;
      totals[outcome] = (totals[outcome] ?? 0) + n;
      const barHeight = (n / peak) * (height - bottom - 14);
      y -= barHeight;
      const bar = svg('rect', { x: left + index * barWidth, y, width: Math.max(1, barWidth - 1), height: barHeight, class: `bar o-${outcome}` });
      bar.append(svg('title', {}, `${n} ${outcome.replaceAll('_', ' ')}`));
      chart.append(bar);
    }
  }
  const summary = outcomes.filter(o => totals[o]).map(o => `${totals[o]} ${o.replaceAll('_', ' ')}`).join(', ') || 'no runs';
  chart.setAttribute('aria-label', `Runs per minute over the last ${minutes} minutes: ${summary}`);
  return chart;
}
