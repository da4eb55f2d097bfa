using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using CsCheck;
using JobForge.Server.Tests.Auth;
using Microsoft.AspNetCore.Routing;

namespace JobForge.Server.Tests.Hostile;

/// <summary>
/// Property: for every route, whatever the path segments, query, headers and body, the answer is never a 5xx and never
/// leaks a stack trace; every 4xx is in the error envelope. A fixed seed makes the run reproducible; the chaos command
/// raises the count with <c>JOBFORGE_HOSTILE_CASES</c> and varies the seed with <c>JOBFORGE_HOSTILE_SEED</c>.
/// </summary>
public sealed class HostileInputTests
{
    private const int DefaultCases = 400;

    [Fact]
    public async Task EveryRoute_HostileRequests_AreAnsweredWithoutA5xxOrAStackTrace()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "hostile-policy-secret-0123456789abcdef0123456789",
        });
        var templates = ((IEndpointRouteBuilder)server.App).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                && !endpoint.RoutePattern.RawText.StartsWith("/api/v1/probe", StringComparison.Ordinal)
                && !endpoint.RoutePattern.RawText.EndsWith("/stream", StringComparison.Ordinal))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (method, endpoint.RoutePattern.RawText!)))
            .ToArray();
        var cases = int.TryParse(Environment.GetEnvironmentVariable("JOBFORGE_HOSTILE_CASES"), CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("JOBFORGE_HOSTILE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261205UL;

        var gen = Gen.Select(Gen.OneOf(templates), HostileRequestGen.Nasty, HostileRequestGen.Query)
            .Select(HostileRequestGen.ContentType, HostileRequestGen.Body, HostileRequestGen.Nasty);
        var pcg = new PCG(1, seed);
        var failures = new List<string>();
        for (var i = 0; i < cases && failures.Count < 20; i++)
        {
            var ((route, segment, query), contentType, body, header) = gen.Generate(pcg, null, out _);
            var path = FillSegments(route.Item2, segment) + query;
            using var request = AuthTestServer.Request(new HttpMethod(route.method), path, AuthTestServer.BootstrapKey);
            // Header values stay valid HTTP (no control characters, RFC 9110 §5.5), and no NUL reaches the path:
            // Kestrel answers such malformed messages with a bare 400 before any application code runs.
            var headerValue = new string([.. header.Where(c => !char.IsControl(c))]);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", headerValue);
            request.Headers.TryAddWithoutValidation("traceparent", headerValue);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
            }

            HttpResponseMessage response;
            try
            {
                response = await server.Client.SendAsync(request);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or UriFormatException)
            {
                continue; // the client itself refused to send it (e.g. a control character in a header)
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var what = $"#{i} {route.method} {Shorten(path)} [{contentType}] {Shorten(body is null ? "(no body)" : System.Text.Encoding.UTF8.GetString(body))}";
                if (status >= 500)
                {
                    failures.Add($"{what} → {status} {Shorten(text)}");
                }
                else if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                {
                    failures.Add($"{what} → {status} leaks an exception: {Shorten(text)}");
                }
                else if (status >= 400 && !IsEnvelope(text, response.Content.Headers.ContentType)
                    && !(route.Item2.StartsWith("/api/mcp", StringComparison.Ordinal) && IsJsonRpcError(text)))
                {
                    failures.Add($"{what} → {status} without the envelope: {Shorten(text)}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"seed {seed}:\n" + string.Join("\n", failures));
    }

    private static string FillSegments(string template, string segment)
    {
        var clean = segment.Replace("\0", string.Empty, StringComparison.Ordinal);
        var escaped = Uri.EscapeDataString(clean.Length == 0 ? "x" : clean);
        var path = new System.Text.StringBuilder();
        var inParameter = false;
        foreach (var c in template)
        {
            if (c == '{')
            {
                inParameter = true;
                path.Append(escaped);
            }
            else if (c == '}')
            {
                inParameter = false;
            }
            else if (!inParameter)
            {
                path.Append(c);
            }
        }

        return path.ToString();
    }

    private static bool IsEnvelope(string body, MediaTypeHeaderValue? contentType)
    {
        if (contentType?.MediaType != "application/json")
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("type", out _) && error.TryGetProperty("trace_id", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>/api/mcp</c> speaks JSON-RPC: past the API-key check (whose 401 is the envelope), the MCP transport answers
    /// protocol errors (406 without <c>Accept: text/event-stream</c>, 400 for a malformed message) as JSON-RPC errors.
    /// </summary>
    private static bool IsJsonRpcError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("jsonrpc", out _) && document.RootElement.TryGetProperty("error", out var error)
                && error.TryGetProperty("code", out _) && error.TryGetProperty("message", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 240 ? text : text[..240] + "…";
}
