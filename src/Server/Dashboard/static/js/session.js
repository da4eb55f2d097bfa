// The signed-in key lives in sessionStorage only: gone when the tab closes, never in localStorage, a cookie or a URL.
const keyName = 'jobforge.apiKey';
const tenantName = 'jobforge.tenant';

/** Who is signed in ({key_id, tenant_id, all_tenants, scopes}), read from GET /api/v1/me after sign-in. */
export const session = { caller: null };

export function apiKey() { return sessionStorage.getItem(keyName); }

export function saveKey(key) { sessionStorage.setItem(keyName, key); }

export function signOut() {
  sessionStorage.removeItem(keyName);
  sessionStorage.removeItem(tenantName);
  session.caller = null;
}

/** The tenant the pages show: the key's own, or the one an all-tenant key picked. */
export function tenant() {
  return session.caller?.tenant_id ?? sessionStorage.getItem(tenantName) ?? '';
}

export function setTenant(value) { sessionStorage.setItem(tenantName, value); }

/** Whether the key holds scope `required`: an exact grant, `resource:*` or `*` (as the server's ScopeGrant.Covers). */
export function can(required) {
  const scopes = session.caller?.scopes ?? [];
  return scopes.some(granted => granted === '*' || granted === required
    || (granted.endsWith(':*') && required.startsWith(granted.slice(0, -1)) && required.length > granted.length - 1));
}
