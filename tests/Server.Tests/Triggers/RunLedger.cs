using System.Security.Cryptography;
using System.Text;
using JobForge.Server.Tests.Hosting;
using JobForge.Storage.Configuration;
using JobForge.Storage.Runs;
using JobForge.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Triggers;

/// <summary>What the run table holds for one tenant: the run rows and the idempotency claims (read straight from the table).</summary>
public sealed class RunLedger
{
    private readonly HashSet<string> _claims;

    private RunLedger(int runs, HashSet<string> claims)
    {
        RunCount = runs;
        _claims = claims;
    }

    public int RunCount { get; }

    public int ClaimCount => _claims.Count;

    public bool HasRun(string templateKey, string idempotencyKey) => _claims.Contains(
        "idem_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(templateKey + "\n" + idempotencyKey))));

    internal static async Task<RunLedger> ReadAsync(RunningServer server, string tenant)
    {
        var services = server.App.Services;
        var table = services.GetRequiredService<StorageClients>().Tables
            .GetTableClient(services.GetRequiredService<IOptions<RunStoreOptions>>().Value.TableName);
        await table.EnsureExistsAsync();
        var runs = 0;
        var claims = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", tenant), ["RowKey"]))
        {
            if (entity.RowKey!.StartsWith("idem_", StringComparison.Ordinal))
            {
                claims.Add(entity.RowKey);
            }
            else
            {
                runs++;
            }
        }

        return new RunLedger(runs, claims);
    }
}
