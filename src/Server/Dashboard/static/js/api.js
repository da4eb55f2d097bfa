// The only way the dashboard talks to JobForge: the public /api/v1, with the key as a Bearer header.
import { apiKey, session, tenant } from './session.js';

/** An API error: the error envelope's fields, or a network failure. */
export class ApiError extends Error {
  constructor(status, body) {
    const error = body?.error ?? {};
    super(error.message || `HTTP ${status}`);
    this.status = status;
    this.type = error.type || (status === 0 ? 'network' : 'http_' + status);
    this.details = error.details;
    this.traceId = error.trace_id;
  }
}

/** Listeners called when the server says the key is no longer valid (401). */
export const unauthorized = new EventTarget();

function url(path, query, scoped) {
  const params = new URLSearchParams();
  if (scoped && session.caller?.all_tenants && tenant()) params.set('tenant_id', tenant());
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function headers(extra) {
  return { Authorization: `Bearer ${apiKey()}`, ...extra };
}

async function fail(response) {
  let body = null;
  try { body = await response.json(); } catch { /* not an envelope */ }
  if (response.status === 401) unauthorized.dispatchEvent(new Event('unauthorized'));
  throw new ApiError(response.status, body);
}

/**
 * Calls the API: options {method, query, body, scoped (add tenant_id for all-tenant keys; default true), raw (return the
 * Response), headers}. Resolves with the parsed JSON (null for 204); rejects with ApiError.
 */
export async function api(path, options = {}) {
  const { method = 'GET', query, body, scoped = true, raw = false } = options;
  let response;
  try {
    response = await fetch(url(path, query, scoped), {
      method,
      headers: headers(body === undefined ? options.headers : { 'Content-Type': 'application/json', ...options.headers }),
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    throw new ApiError(0, { error: { message: `The server did not answer: ${error.message}` } });
  }
  if (!response.ok) await fail(response);
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

/** Downloads an API resource as a file (the key goes in the header, so the link itself carries none). */
export async function download(path, fileName) {
  const response = await api(path, { raw: true });
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/**
 * Follows a server-sent event stream with fetch (EventSource cannot send the Authorization header, and the key never goes
 * in a URL). Calls onEvent(name, data) per event; reconnects with Last-Event-ID after a drop until signal aborts or
 * the server ends a stream that `finite` says ends by itself.
 */
export async function stream(path, { query, onEvent, signal, finite = false, onState }) {
  let lastId = '';
  let backoff = 500;
  while (!signal.aborted) {
    try {
      const response = await fetch(url(path, query, true), {
        headers: headers({ Accept: 'text/event-stream', ...(lastId ? { 'Last-Event-ID': lastId } : {}) }),
        cache: 'no-store', credentials: 'omit', signal,
      });
      if (!response.ok) await fail(response);
      onState?.('live');
      backoff = 500;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let name = 'message', data = '', id = null;
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) name = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
            else if (line.startsWith('id:')) id = line.slice(3).trim();
          }
          if (id !== null) lastId = id;
          if (data) onEvent(name, JSON.parse(data));
        }
      }
      if (finite) return;
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) { onState?.('error', error); return; }
      onState?.('reconnecting');
    }
    await new Promise(resolve => setTimeout(resolve, backoff));
    backoff = Math.min(backoff * 2, 10000);
  }
}
