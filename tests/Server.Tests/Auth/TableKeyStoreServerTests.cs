using JobForge.Storage.Tables;
using System.Net;
using JobForge.Storage.Configuration;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Auth;

public sealed class TableKeyStoreServerTests
{
    [Fact]
    public async Task Server_WithTheTableStore_CreatesUsesAndRevokesKeysInAzurite()
    {
        var table = UniqueNames.Next("apikeys");
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["JobForge:Auth:TableName"] = table }, inMemoryStore: false);

        var (keyId, apiKey) = await server.CreateKeyAsync("acme", "jobs:read");
        using var used = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);
        using var revoked = await server.SendAsync(HttpMethod.Post, $"/api/v1/api-keys/{keyId}/revoke", AuthTestServer.BootstrapKey);
        using var after = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/jobs", apiKey);

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(after, HttpStatusCode.Unauthorized, "unauthorized");
        var entity = await server.App.Services.GetRequiredService<StorageClients>().Tables.GetTableClient(table).FindEntityAsync(keyId, "key");
        Assert.NotNull(entity);
        Assert.DoesNotContain(entity, property => property.Value?.ToString()?.Contains(apiKey[(4 + 16)..], StringComparison.Ordinal) == true);
        Assert.Equal(0, server.Store.GetCount);
    }
}
