using System.Net;
using System.Text;
using System.Text.Json;
using JobForge.Application.Auth;
using JobForge.Server.Tests.Auth;
using Microsoft.AspNetCore.Routing;

namespace JobForge.Server.Tests.Architecture;

/// <summary>
/// Every <c>/api/v1</c> route, read from the server's own endpoint table, against every kind of caller: no key, a
/// malformed key, an unknown key, a revoked key, a key of another tenant, a key missing the route's scope, and a key
/// with exactly the route's scope. The statuses are the documented ones (401 <c>unauthorized</c> for the first four,
/// 403 <c>forbidden</c> for a missing scope, 403/404 for another tenant's data, never 401/403/5xx with the right
/// scope), every error is in the envelope, and every denial reaches the audit trail.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string TenantA = "tenant-a";
    private const string TenantB = "tenant-b";

    /// <summary>A scope no route requires: a key holding only it is authenticated but allowed nothing.</summary>
    private const string UnrelatedScope = "events:pii";

    [Fact]
    public async Task EveryRoute_EveryCallerKind_GetsTheDocumentedStatus_AndEveryDenialIsAudited()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "matrix-policy-secret-0123456789abcdef0123456789",
            // The matrix sends hundreds of bad keys from one address on purpose; the throttle has its own tests.
            ["JobForge:Auth:MaxFailedAttempts"] = "100000",
        });
        var routes = ApiRoutes(server);
        Assert.True(routes.Count >= 30, "expected every /api/v1 route, saw " + routes.Count);

        var unrelated = await server.CreateKeyAsync(TenantA, UnrelatedScope);
        var (revokedId, revoked) = await server.CreateKeyAsync(TenantA, "*");
        using (var revoke = await server.SendAsync(HttpMethod.Post, $"/api/v1/api-keys/{revokedId}/revoke", AuthTestServer.BootstrapKey))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        var failures = new List<string>();
        var keys = new Dictionary<(string Tenant, string Scope), string>();
        async Task<string> KeyAsync(string tenant, string scope) =>
            keys.TryGetValue((tenant, scope), out var key) ? key : keys[(tenant, scope)] = (await server.CreateKeyAsync(tenant, scope)).ApiKey;
        foreach (var route in routes)
        {
            var scope = route.Scopes.FirstOrDefault() ?? "*";
            var rightA = await KeyAsync(route.TenantBound ? TenantA : JobForge.Domain.Auth.ApiKeyRecord.AllTenants, scope);
            var rightB = await KeyAsync(TenantB, scope);
            await ExpectAsync(server, route, null, failures, "no key", status => status == 401, "unauthorized");
            await ExpectAsync(server, route, "not a key at all", failures, "malformed key", status => status == 401, "unauthorized");
            await ExpectAsync(server, route, "jf_0123456789abcdef_" + new string('a', 43), failures, "unknown key", status => status == 401, "unauthorized");
            await ExpectAsync(server, route, revoked, failures, "revoked key", status => status == 401, "unauthorized");
            if (route.Scopes.Count > 0)
            {
                await ExpectAsync(server, route, unrelated.ApiKey, failures, "missing scope", status => status == 403, "forbidden");
            }

            await ExpectAsync(server, route, rightA, failures, "right scope", status => status is not (401 or 403) and < 500, null);
            if (route.TenantBound)
            {
                await ExpectAsync(server, route, rightB, failures, "other tenant", status => status is 400 or 403 or 404, null);
            }
        }

        Assert.True(failures.Count == 0, "Authorization matrix mismatches:\n" + string.Join("\n", failures));

        // Denials are audited: each authentication failure reason (once per window), and every missing scope.
        var scoped = routes.Count(route => route.Scopes.Count > 0);
        await JobForge.TestKit.Eventually.TrueAsync(() => Task.FromResult(
            server.Audit.Records.Count(r => r.Action == "scope_denied" && r.Reason == "missing_scope" && r.TenantId == TenantA && r.KeyId == unrelated.KeyId) >= scoped),
            TimeSpan.FromSeconds(20), "every missing-scope denial in the audit trail");
        var reasons = server.Audit.Records.Where(r => r.Action == "authentication_failed").Select(r => r.Reason).ToHashSet();
        foreach (var reason in new[] { AuthenticationFailureReasons.MissingKey, AuthenticationFailureReasons.MalformedKey, AuthenticationFailureReasons.UnknownKey, AuthenticationFailureReasons.RevokedKey })
        {
            Assert.Contains(reason, reasons);
        }

        Assert.Equal(scoped, server.Audit.Records.Count(r => r.Action == "scope_denied" && r.KeyId == unrelated.KeyId));
    }

    private static async Task ExpectAsync(
        AuthTestServer server, ApiRoute route, string? apiKey, List<string> failures, string caller, Func<int, bool> expected, string? errorType)
    {
        using var request = AuthTestServer.Request(route.Method, route.Path, apiKey);
        if (route.Method != HttpMethod.Get && route.Method != HttpMethod.Delete)
        {
            request.Content = new StringContent($"{{\"tenant_id\":\"{TenantA}\"}}", Encoding.UTF8, "application/json");
        }

        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var status = (int)response.StatusCode;
        var body = route.Path.Contains("/stream", StringComparison.Ordinal) && status == 200 ? string.Empty : await response.Content.ReadAsStringAsync();
        if (!expected(status))
        {
            failures.Add($"{route.Method} {route.Path} as {caller}: {status} {Shorten(body)}");
            return;
        }

        if (status >= 400 && !IsEnvelope(body, errorType))
        {
            failures.Add($"{route.Method} {route.Path} as {caller}: {status} without the envelope{(errorType is null ? "" : " of type " + errorType)}: {Shorten(body)}");
        }
    }

    private static bool IsEnvelope(string body, string? type)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error)
                && error.TryGetProperty("type", out var actual) && error.TryGetProperty("message", out _) && error.TryGetProperty("trace_id", out _)
                && (type is null || actual.GetString() == type);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];

    private static List<ApiRoute> ApiRoutes(AuthTestServer server) =>
        [.. ((IEndpointRouteBuilder)server.App).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true
                && !endpoint.RoutePattern.RawText.StartsWith("/api/v1/probe", StringComparison.Ordinal))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => ApiRoute.From(endpoint, method)))];

    private sealed record ApiRoute(HttpMethod Method, string Path, IReadOnlyList<string> Scopes, bool TenantBound)
    {
        public static ApiRoute From(RouteEndpoint endpoint, string method)
        {
            var template = endpoint.RoutePattern.RawText!;
            var path = template
                .Replace("{run_id}", "run_" + new string('0', 31) + "1", StringComparison.Ordinal)
                .Replace("{key_id}", "0123456789abcdef", StringComparison.Ordinal)
                .Replace("{jti}", "jti-matrix", StringComparison.Ordinal)
                .Replace("{key}", "matrix.template", StringComparison.Ordinal)
                .Replace("{name}", "matrix.txt", StringComparison.Ordinal)
                .Replace("{id}", "trg-matrix", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            path = path.TrimEnd('/');
            // Global administration (keys, flags, the engine's counters, registering a shared template), the API document
            // and the caller's own identity belong to no tenant: the right key for them is an all-tenant key. Every other
            // route acts for one tenant.
            var global = template.StartsWith("/api/v1/api-keys", StringComparison.Ordinal) || template.StartsWith("/api/v1/openapi", StringComparison.Ordinal)
                || template is "/api/v1/flags" or "/api/v1/engine" or "/api/v1/me" || (method == "PUT" && template == "/api/v1/templates/{key}");
            var tenantBound = !global;
            if (tenantBound)
            {
                path += "?tenant_id=" + TenantA;
            }

            var scopes = endpoint.Metadata.GetMetadata<RequiredScopeMetadata>()?.Scope?.Split('|') ?? [];
            return new ApiRoute(new HttpMethod(method), path, scopes, tenantBound);
        }
    }
}
