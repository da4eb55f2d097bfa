using Azure.Data.Tables;
using JobForge.Storage.RateLimits;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Storage.Tests.RateLimits;

/// <summary>Limiters ("servers") on a fresh Azurite table each, sharing a manual clock that starts 30 s into a minute.</summary>
internal sealed class RateLimitTestTables
{
    private RateLimitTestTables(TableClient table) => Table = table;

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 10, 0, 30, TimeSpan.Zero));

    public TableClient Table { get; }

    public static async Task<RateLimitTestTables> CreateAsync() =>
        new((await TableTestTables.ServiceAsync()).GetTableClient(UniqueNames.Next("ratelimits")));

    public DistributedRateLimiter Server(string instanceId, Action<RateLimitOptions>? configure = null)
    {
        var options = new RateLimitOptions { InstanceId = instanceId };
        configure?.Invoke(options);
        return new DistributedRateLimiter(Table, options, Time, NullLogger<DistributedRateLimiter>.Instance);
    }
}
