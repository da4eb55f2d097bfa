using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Events;

/// <summary>A server killed with SIGKILL while accepting events loses none that it acknowledged.</summary>
public sealed class EventCrashTests
{
    [Fact]
    public async Task ServerKilledWhileAccepting_LosesNoAcknowledgedEvent()
    {
        var settings = await EventsTestServer.SettingsAsync();
        var environment = settings.Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key.Replace(":", "__", StringComparison.Ordinal), pair => pair.Value!);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var acknowledged = new ConcurrentBag<string>();
        await using (var first = await ServerProcess.StartAsync(environment))
        {
            using var client = Client(first.Address);
            var writerKey = await CreateKeyAsync(client);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var eventId = $"crash-{worker}-{i}";
                    try
                    {
                        using var response = await PostAsync(client, writerKey, eventId);
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            acknowledged.Add(eventId);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        return; // the server is gone; an unanswered event was never acknowledged
                    }
                }
            })).ToList();

            await JobForge.TestKit.Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 300), TimeSpan.FromSeconds(60), "300 acknowledged events");
            first.Kill();
            stop.Cancel();
            await Task.WhenAll(senders);
        }

        await using var second = await ServerProcess.StartAsync(environment);
        using var reader = Client(second.Address);
        var readerKey = await CreateKeyAsync(reader);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            using var page = await SendAsync(reader, readerKey, HttpMethod.Get, "/api/v1/events?limit=1000" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), null);
            using var body = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
            stored.UnionWith(body.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()!));
            cursor = body.RootElement.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged events were lost, e.g. {string.Join(", ", lost.Take(5))}");
        using var again = await PostAsync(reader, readerKey, acknowledged.First());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // and their dedupe records survived too
    }

    private static HttpClient Client(Uri address) => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<string> CreateKeyAsync(HttpClient client)
    {
        using var response = await SendAsync(client, EventsTestServer.BootstrapKey, HttpMethod.Post, "/api/v1/api-keys",
            "{\"name\":\"crash\",\"tenant_id\":\"crash\",\"scopes\":[\"events:*\"]}");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("api_key").GetString()!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, string eventId) =>
        SendAsync(client, key, HttpMethod.Post, "/api/v1/events", EventsTestServer.Event("crash", eventId));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string key, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
