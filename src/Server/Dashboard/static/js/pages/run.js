// Run detail: status and the actions the key may take now, the step timeline, failures, inputs and outputs, artifacts,
// the Markdown report and a dry-run replay. Follows the run's own stream until it finishes.
import { api, download, stream } from '../api.js';
import { badge, duration, errorBox, field, h, json, replace, runDuration, time, toast } from '../dom.js';
import { renderMarkdown } from '../markdown.js';
import { can } from '../session.js';

const terminal = ['succeeded', 'failed', 'rolled_back', 'rollback_failed', 'canceled'];

export async function render(main, [runId], signal) {
  const header = h('section.run-header');
  const actions = h('section.actions', { 'aria-label': 'Actions' });
  const timeline = h('section', { 'aria-labelledby': 'timeline-title' });
  const failures = h('section');
  const data = h('section', { 'aria-labelledby': 'data-title' });
  const evidence = h('section', { 'aria-labelledby': 'evidence-title' });
  const replay = h('section', { 'aria-labelledby': 'replay-title' });
  replace(main, h('p', null, h('a', { href: '#/runs' }, '← Runs')), header, actions, timeline, failures, data, evidence, replay);

  let run = await api(`/api/v1/jobs/${runId}`, { query: { include: 'outputs' } });
  let shownFinal = false;
  const draw = () => {
    drawHeader(header, run);
    drawActions(actions, run, () => refresh());
    drawTimeline(timeline, run);
    drawFailures(failures, run);
    drawData(data, run);
    if (terminal.includes(run.status) && !shownFinal) {
      shownFinal = true;
      drawEvidence(evidence, run);
      drawReplay(replay, run);
    }
  };
  const refresh = async () => { run = await api(`/api/v1/jobs/${runId}`, { query: { include: 'outputs' } }); draw(); };
  draw();
  if (!terminal.includes(run.status) || run.status === 'succeeded') {
    stream(`/api/v1/jobs/${runId}/stream`, {
      signal, finite: true,
      onEvent: (name, update) => {
        run = { ...update, steps: update.steps.map(s => ({ ...s, outputs: run.steps.find(o => o.id === s.id)?.outputs })) };
        if (name === 'final') refresh(); else draw();
      },
    });
  }
}

function drawHeader(section, run) {
  replace(section,
    h('h1', null, 'Run ', h('span.mono', { 'data-testid': 'run-id' }, run.run_id), ' ', h('span', { 'data-testid': 'run-status' }, badge(run.status))),
    h('dl.facts', null,
      fact('Template', `${run.template_key}@${run.template_version}`),
      fact('Tenant', run.tenant_id), run.project_id ? fact('Project', run.project_id) : null,
      fact('Requested', time(run.requested_at)), fact('Started', time(run.started_at)), fact('Finished', time(run.finished_at)),
      fact('Duration', runDuration(run)), run.actor_id ? fact('Actor', run.actor_id) : null,
      fact('Trace', run.trace_id), run.rollback_reason ? fact('Rollback reason', run.rollback_reason) : null));
}

function fact(name, value) {
  return [h('dt', null, name), h('dd', null, value || '—')];
}

/** Only the buttons this key may use on a run in this state; the server still decides. */
function drawActions(section, run, after) {
  const comment = h('input', { name: 'comment', maxlength: 1000, autocomplete: 'off' });
  const rollback = h('input', { type: 'checkbox', name: 'rollback' });
  const buttons = [];
  const decide = (kind, label, body) => h('button', {
    type: 'button', 'data-action': kind,
    onclick: async event => {
      event.target.disabled = true;
      try {
        await api(`/api/v1/jobs/${run.run_id}/${kind}`, { method: 'POST', body: body() });
        toast(`${label}: sent.`);
        await after();
      } catch (error) {
        section.append(errorBox(error));
        event.target.disabled = false;
      }
    },
  }, label);
  const withComment = () => (comment.value.trim() ? { comment: comment.value.trim() } : {});
  if (run.status === 'awaiting_approval' && can('jobs:approve')) {
    buttons.push(decide('approve', 'Approve', withComment), decide('reject', 'Reject', withComment));
  }
  if (!terminal.includes(run.status) && can('jobs:write')) {
    buttons.push(decide('cancel', 'Cancel run', () => ({ ...withComment(), rollback: rollback.checked })));
  }
  if (run.status === 'succeeded' && can('jobs:write')) buttons.push(decide('rollback', 'Roll back', withComment));
  if (!buttons.length) { replace(section); return; }
  replace(section, h('h2', null, 'Actions'), h('div.row', null, field('Comment (optional)', comment),
    !terminal.includes(run.status) && can('jobs:write') ? field('Cancel rolls back completed steps', rollback) : null), h('div.row', null, buttons));
}

function drawTimeline(section, run) {
  const start = run.started_at ? new Date(run.started_at).getTime() : null;
  const end = run.finished_at ? new Date(run.finished_at).getTime() : Date.now();
  const span = start ? Math.max(1, end - start) : 1;
  const items = run.steps.map(step => {
    const bar = h('span.bar');
    if (start && step.started_at) {
      const from = new Date(step.started_at).getTime() - start;
      const to = (step.finished_at ? new Date(step.finished_at).getTime() : end) - start;
      bar.style.marginLeft = `${Math.max(0, (from / span) * 100)}%`;
      bar.style.width = `${Math.max(0.5, ((to - from) / span) * 100)}%`;
    }
    const notes = [];
    if (step.attempts > 1) notes.push(`${step.attempts} attempts (${step.attempts - 1} retries)`);
    if (step.status === 'waiting_to_retry') notes.push('waiting before the next attempt');
    if (step.uses === 'approval') notes.push(step.status === 'awaiting_approval' ? 'waiting for approval' : 'approval step');
    if (step.uses === 'delay') notes.push('delay');
    return h('li', { 'data-step-id': step.id, 'data-status': step.status },
      h('div.step-head', null, h('strong', null, step.id), ' ', h('span.mono', null, step.uses), ' ', badge(step.status),
        h('span.step-time', null, `${time(step.started_at)} → ${time(step.finished_at)} · ${duration(step.duration_ms)}`)),
      h('div.track', { 'aria-hidden': 'true' }, bar),
      notes.length ? h('div.notes', null, notes.join(' · ')) : null,
      step.failure ? h('details', null, h('summary', null, `Failure: ${step.failure.type}`), failureView(step.failure)) : null,
      step.compensation ? h('div.notes', null, `Compensation failed: ${step.compensation.type}: ${step.compensation.message}`) : null);
  });
  const compensated = run.steps
    .filter(s => ['compensating', 'compensated', 'compensation_failed'].includes(s.status))
    .sort((a, b) => new Date(b.finished_at ?? 0) - new Date(a.finished_at ?? 0));
  replace(section,
    h('h2', { id: 'timeline-title' }, 'Step timeline'),
    items.length ? h('ol.timeline', { 'data-testid': 'timeline' }, items) : h('p.hint', null, 'No steps have started yet.'),
    compensated.length ? [h('h3', null, 'Compensations (rollback order)'),
      h('ol.compensations', null, compensated.map(s => h('li', null, s.id, ' ', badge(s.status))))] : null);
}

function failureView(failure) {
  return h('dl.facts', null, fact('Type', failure.type), fact('Message', failure.message), fact('Handler', failure.handler),
    fact('At', time(failure.timestamp)), fact('Retryable', failure.retryable ? 'yes' : 'no'),
    failure.details ? [h('dt', null, 'Details'), h('dd', null, json(failure.details))] : null);
}

function drawFailures(section, run) {
  if (!run.failure && !run.rollback_failures?.length) { replace(section); return; }
  replace(section, h('h2', null, 'Failure'),
    run.failure ? h('div.error', { role: 'note' }, failureView(run.failure)) : null,
    (run.rollback_failures ?? []).map(f => h('div.error', null, h('h3', null, 'Rollback failure'), failureView(f))));
}

function drawData(section, run) {
  replace(section, h('h2', { id: 'data-title' }, 'Inputs and outputs'),
    h('details', { open: true }, h('summary', null, 'Inputs'), json(run.inputs)),
    run.steps.filter(s => s.outputs !== undefined && s.outputs !== null || s.outputs_truncated).map(s =>
      h('details', null, h('summary', null, `Outputs of ${s.id}`),
        s.outputs_truncated ? h('p.hint', null, 'Too large to show here: download the outputs artifact.') : json(s.outputs))));
}

async function drawEvidence(section, run) {
  replace(section, h('h2', { id: 'evidence-title' }, 'Evidence'));
  try {
    const list = await api(`/api/v1/runs/${run.run_id}/artifacts`);
    section.append(h('table', { 'aria-label': 'Artifacts' },
      h('thead', null, h('tr', null, ['Artifact', 'Type', 'Size', 'Checksum', ''].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, list.artifacts.map(a => h('tr', null, h('td.mono', null, a.name), h('td', null, a.type), h('td', null, `${a.size} B`),
        h('td.mono', null, a.checksum.slice(0, 19)),
        h('td', null, h('button', { type: 'button', onclick: () => download(`/api/v1/runs/${run.run_id}/artifacts/${encodeURIComponent(a.name)}`, a.name) }, `Download ${a.name}`)))))));
  } catch (error) {
    section.append(errorBox(error));
  }
  try {
    const response = await api(`/api/v1/runs/${run.run_id}/manifest`, { query: { format: 'markdown' }, raw: true });
    section.append(h('h3', null, 'Run report'), h('article', { 'data-testid': 'manifest' }, renderMarkdown(await response.text())));
  } catch (error) {
    section.append(h('h3', null, 'Run report'), errorBox(error));
  }
}

function drawReplay(section, run) {
  const result = h('div', { 'data-testid': 'replay-result', 'aria-live': 'polite' });
  replace(section, h('h2', { id: 'replay-title' }, 'Replay'),
    h('p.hint', null, 'A dry run re-executes the recorded bundle without side effects and compares the result with the recording.'),
    h('div.row', null,
      h('button', { type: 'button', onclick: () => download(`/api/v1/runs/${run.run_id}/replay`, `${run.run_id}.replay.json`) }, 'Download replay bundle'),
      can('jobs:write') ? h('button', {
        type: 'button', 'data-action': 'replay',
        onclick: async event => {
          event.target.disabled = true;
          replace(result, 'Replaying…');
          try {
            const outcome = await api(`/api/v1/runs/${run.run_id}/replay`, { method: 'POST', body: { dry_run: true } });
            replace(result, replayView(outcome));
          } catch (error) {
            replace(result, errorBox(error));
          }
          event.target.disabled = false;
        },
      }, 'Dry-run replay') : null),
    result);
}

function replayView(outcome) {
  const rows = list => h('table', null,
    h('thead', null, h('tr', null, ['Step', 'Path', 'Recorded', 'Replayed'].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', null, list.map(d => h('tr', null, h('td', null, d.step_id ?? ''), h('td.mono', null, d.path),
      h('td', null, JSON.stringify(d.recorded)), h('td', null, JSON.stringify(d.replayed))))));
  return [
    h('p', { 'data-identical': String(outcome.identical) },
      h('strong', null, outcome.identical ? 'Identical' : 'Different'), ` · replayed status ${outcome.replayed_status}`),
    outcome.differences.length ? [h('h3', null, 'Differences'), rows(outcome.differences)] : null,
    outcome.truncated ? h('p.hint', null, 'More differences exist than are listed.') : null,
    outcome.timing_differences.length ? [h('h3', null, 'Timing differences (not counted)'), rows(outcome.timing_differences)] : null,
  ];
}
