using System.Net;
using System.Text;
using Azure.Data.Tables;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Events;

public sealed class EventPrivacyTests
{
    private const string Payload = "{\"severity\":\"high\",\"customer\":{\"email\":\"alice@example.com\",\"card\":\"4111111111111111\"},\"note\":\"call bob\"}";
    private const string Hints = ",\"contains_pii\":true,\"redaction_hints\":{\"redact_fields\":[\"note\"],\"encrypt_fields\":[\"customer.email\",\"customer.card\"],\"retention_days\":3}";

    [Fact]
    public async Task EncryptFields_AreCiphertextAtRest_PlainOnlyForPiiReaders()
    {
        await using var server = await EventsTestServer.StartAsync();
        var writer = await server.CreateKeyAsync("acme", "events:write");
        var reader = await server.CreateKeyAsync("acme", "events:read");
        var piiReader = await server.CreateKeyAsync("acme", "events:read", "events:pii");

        using var posted = await server.PostEventAsync(writer, EventsTestServer.Event("acme", "pii-1", payload: Payload, extra: Hints));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var raw = await RawTableTextAsync(server.Settings["JobForge:EventStore:EventsTableName"]!);
        Assert.DoesNotContain("alice@example.com", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("4111111111111111", raw, StringComparison.Ordinal);
        Assert.Contains("call bob", raw, StringComparison.Ordinal); // redacted only when shown, not at rest

        var masked = (await EventsTestServer.JsonAsync(await server.GetAsync(reader, "/api/v1/events"))).GetProperty("events")[0].GetProperty("payload");
        Assert.Equal("[ENCRYPTED]", masked.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("[REDACTED]", masked.GetProperty("note").GetString());
        Assert.Equal("high", masked.GetProperty("severity").GetString());

        var plain = (await EventsTestServer.JsonAsync(await server.GetAsync(piiReader, "/api/v1/events"))).GetProperty("events")[0].GetProperty("payload");
        Assert.Equal("alice@example.com", plain.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("4111111111111111", plain.GetProperty("customer").GetProperty("card").GetString());
        Assert.Equal("call bob", plain.GetProperty("note").GetString());
    }

    [Fact]
    public async Task EncryptFields_WithoutAnEncryptionKey_AreRefusedRatherThanStoredInTheClear()
    {
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Events:Encryption:ActiveKeyId"] = null,
            ["JobForge:Events:Encryption:Keys:k1"] = null,
        });
        var writer = await server.CreateKeyAsync("acme", "events:write");

        using var response = await server.PostEventAsync(writer, EventsTestServer.Event("acme", payload: Payload, extra: Hints));

        var error = await EventInputTests.AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("JobForge:Events:Encryption:ActiveKeyId", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedactFields_NeverReachTheAuditTrail()
    {
        await using var server = await EventsTestServer.StartAsync();
        var writer = await server.CreateKeyAsync("acme", "events:write");
        var auditor = await server.CreateKeyAsync("acme", "audit:read");

        using var posted = await server.PostEventAsync(writer, EventsTestServer.Event("acme", "pii-2", payload: Payload, extra: Hints));
        using var again = await server.PostEventAsync(writer, EventsTestServer.Event("acme", "pii-2", payload: Payload, extra: Hints));

        await JobForge.TestKit.Eventually.TrueAsync(async () =>
        {
            var audit = await EventsTestServer.JsonAsync(await server.GetAsync(auditor, "/api/v1/audit"));
            return audit.GetProperty("records").GetArrayLength() >= 2;
        }, TimeSpan.FromSeconds(10), "two audit records");
        var records = (await EventsTestServer.JsonAsync(await server.GetAsync(auditor, "/api/v1/audit"))).GetProperty("records");
        var text = records.GetRawText();
        Assert.Contains("\"event_ingest\"", text, StringComparison.Ordinal);
        Assert.Contains("\"replay_detected\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("call bob", text, StringComparison.Ordinal);
    }

    private static async Task<string> RawTableTextAsync(string table)
    {
        var azurite = await AzuriteInstance.Shared;
        var client = azurite.TableService().GetTableClient(table);
        var text = new StringBuilder();
        await foreach (var entity in client.QueryAsync<TableEntity>())
        {
            foreach (var (name, value) in entity)
            {
                text.Append(name).Append('=').Append(value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value?.ToString() }).Append('\n');
            }
        }

        return text.ToString();
    }
}
