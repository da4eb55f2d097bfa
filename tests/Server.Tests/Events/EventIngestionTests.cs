using System.Net;

namespace JobForge.Server.Tests.Events;

public sealed class EventIngestionTests
{
    [Fact]
    public async Task Post_ValidEvent_Is202WithReceiptAndIsListed()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write", "events:read");

        using var posted = await server.PostEventAsync(key, EventsTestServer.Event("acme"), headers: new Dictionary<string, string>
        {
            ["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        });

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var receipt = await EventsTestServer.JsonAsync(posted);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", receipt.GetProperty("trace_id").GetString());
        Assert.False(receipt.GetProperty("duplicate").GetBoolean());
        var eventId = receipt.GetProperty("event_id").GetString()!;
        Assert.StartsWith("evt_", eventId, StringComparison.Ordinal);

        using var listed = await server.GetAsync(key, "/api/v1/events");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var page = await EventsTestServer.JsonAsync(listed);
        var stored = Assert.Single(page.GetProperty("events").EnumerateArray());
        Assert.Equal(eventId, stored.GetProperty("event_id").GetString());
        Assert.Equal("warning", stored.GetProperty("payload").GetProperty("severity").GetString());
        Assert.Equal("acme", stored.GetProperty("tenant_id").GetString());
    }

    [Fact]
    public async Task List_SinceUntil_FilterOnOccurredAt_AndReceivedBoundsOnReceipt()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write", "events:read");
        var occurred = DateTimeOffset.UtcNow.AddHours(-1);
        using (var posted = await server.PostEventAsync(key, EventsTestServer.Event("acme", extra: $",\"occurred_at\":\"{occurred:O}\"")))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        static string At(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var occurredWindow = $"/api/v1/events?since={At(occurred.AddMinutes(-5))}&until={At(occurred.AddMinutes(5))}";
        var receivedWindow = $"/api/v1/events?received_since={At(occurred.AddMinutes(-5))}&received_until={At(occurred.AddMinutes(5))}";

        var byOccurrence = await EventsTestServer.JsonAsync(await server.GetAsync(key, occurredWindow));
        var byReceipt = await EventsTestServer.JsonAsync(await server.GetAsync(key, receivedWindow));

        Assert.Single(byOccurrence.GetProperty("events").EnumerateArray());
        Assert.Empty(byReceipt.GetProperty("events").EnumerateArray()); // it was received just now, not an hour ago
    }

    [Fact]
    public async Task Post_SameClientEventIdTwice_SecondIs200DuplicateWithTheOriginalReceipt()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:*");

        using var first = await server.PostEventAsync(key, EventsTestServer.Event("acme", "order-1"));
        using var second = await server.PostEventAsync(key, EventsTestServer.Event("acme", "order-1", payload: "{\"changed\":true}"));
        using var viaHeader = await server.PostEventAsync(key, EventsTestServer.Event("acme"), headers: new Dictionary<string, string> { ["Idempotency-Key"] = "order-1" });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaHeader.StatusCode);
        var original = await EventsTestServer.JsonAsync(first);
        foreach (var again in new[] { await EventsTestServer.JsonAsync(second), await EventsTestServer.JsonAsync(viaHeader) })
        {
            Assert.True(again.GetProperty("duplicate").GetBoolean());
            Assert.Equal(original.GetProperty("received_at").GetString(), again.GetProperty("received_at").GetString());
            Assert.Equal("order-1", again.GetProperty("event_id").GetString());
        }

        var page = await EventsTestServer.JsonAsync(await server.GetAsync(key, "/api/v1/events"));
        var stored = Assert.Single(page.GetProperty("events").EnumerateArray());
        Assert.False(stored.GetProperty("payload").TryGetProperty("changed", out _));
    }

    [Fact]
    public async Task Post_SameEventIdWithOtherTypeOrTenant_IsNotADuplicate()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("*", "events:write");

        using var a = await server.PostEventAsync(key, EventsTestServer.Event("acme", "x-1"));
        using var otherType = await server.PostEventAsync(key, EventsTestServer.Event("acme", "x-1", eventType: "billing.paid"));
        using var otherTenant = await server.PostEventAsync(key, EventsTestServer.Event("globex", "x-1"));

        Assert.Equal(HttpStatusCode.Accepted, a.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, otherType.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, otherTenant.StatusCode);
    }

    [Fact]
    public async Task Post_ThirtyTwoConcurrentCopies_StoreOneEvent()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:*");

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => server.PostEventAsync(key, EventsTestServer.Event("acme", "same"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(31, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var page = await EventsTestServer.JsonAsync(await server.GetAsync(key, "/api/v1/events"));
        Assert.Single(page.GetProperty("events").EnumerateArray());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task List_PagesWithCursor_VisitEachEventOnceNewestFirst()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:*");
        for (var i = 0; i < 25; i++)
        {
            using var posted = await server.PostEventAsync(key, EventsTestServer.Event("acme", $"e{i:D2}", eventType: i % 2 == 0 ? "even.tick" : "odd.tick"));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await EventsTestServer.JsonAsync(await server.GetAsync(key, "/api/v1/events?event_type=even.tick&limit=4" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()!));
            cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == System.Text.Json.JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 25).Where(i => i % 2 == 0).Reverse().Select(i => $"e{i:D2}"), seen);
    }
}
