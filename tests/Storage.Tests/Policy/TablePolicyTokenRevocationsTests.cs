using JobForge.Storage.Tables;
using System.Text;
using JobForge.Domain.Policy;
using JobForge.Storage.Policy;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Policy;

public sealed class TablePolicyTokenRevocationsTests : PolicyTokenRevocationsConformanceTests
{
    protected override async Task<IPolicyTokenRevocations> CreateAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        return new TablePolicyTokenRevocations(service.GetTableClient(UniqueNames.Next("revocations")));
    }

    [Fact]
    public async Task Revoke_ThroughOneValidator_DeniesTheTokenInAnotherOverTheSameTable()
    {
        var service = await TableTestTables.ServiceAsync();
        var name = UniqueNames.Next("revocations");
        var keys = new PolicyTokenKeyRing(["shared-secret-0123456789"]);
        var first = new TablePolicyTokenRevocations(service.GetTableClient(name));
        var second = new TablePolicyTokenRevocations(service.GetTableClient(name));
        var claims = new PolicyTokenClaims(Guid.NewGuid().ToString("D"), "1", Now.ToUnixTimeSeconds(), Now.AddHours(1).ToUnixTimeSeconds(),
            "acme", null, "alice", ["ops:*"], "autopilot.ops.apply");
        var token = PolicyTokenCodec.Encode(claims, Encoding.UTF8.GetBytes("shared-secret-0123456789"));
        var check = new PolicyCheck("autopilot.ops.apply", "acme", null, "alice", ["ops:apply"]);
        var other = new PolicyTokenValidator(keys, second);
        Assert.True((await other.ValidateAsync(token, check, Now)).Allowed);

        await first.RevokeAsync(new PolicyTokenRecord(claims.Jti, claims.TenantId, claims.ExpiresAtTime), Now);

        Assert.Equal(PolicyDenyReasons.Revoked, (await other.ValidateAsync(token, check, Now)).Reason);
    }

    [Fact]
    public async Task Row_HoldsTenantAndExpiry_NeverTheToken()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("revocations"));
        var store = new TablePolicyTokenRevocations(table);
        var record = NewRecord();

        await store.RevokeAsync(record, Now);
        var entity = await table.FindEntityAsync(record.Jti, "token");

        Assert.NotNull(entity);
        Assert.Equal("acme", entity.GetString("TenantId"));
        Assert.Equal(record.ExpiresAt, entity.GetDateTimeOffset("ExpiresAt"));
        Assert.Equal(Now, entity.GetDateTimeOffset("RevokedAt"));
    }
}
