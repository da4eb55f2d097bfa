using JobForge.Application.Triggers;
using JobForge.Domain.Triggers;
using JobForge.Storage.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// <see cref="TriggersTestServer"/> with a <see cref="ScriptedLease"/>, counting checkpoints and a 60 s misfire grace
/// (slots missed during an outage fire late, each once): one per test, since the scheduler's lease state is the test's subject.
/// </summary>
internal sealed class LeaseTestServer : TriggersTestServer, IAsyncDisposable
{
    private LeaseTestServer()
        : base(new Dictionary<string, string?> { ["JobForge:Triggers:Scheduler:MisfireGrace"] = "00:01:00" })
    {
    }

    public ScriptedLease Lease { get; } = new();

    public CountingCheckpoints Checkpoints { get; private set; } = null!;

    public static async Task<LeaseTestServer> StartAsync()
    {
        var server = new LeaseTestServer();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Every whole second after <paramref name="from"/> through <paramref name="through"/>, as fire identities of <paramref name="triggerId"/>.</summary>
    public static IEnumerable<string> Slots(string triggerId, DateTimeOffset from, DateTimeOffset through)
    {
        for (var s = from.ToUnixTimeSeconds() + 1; s <= through.ToUnixTimeSeconds(); s++)
        {
            yield return FireIdentity.ForSlot(triggerId, DateTimeOffset.FromUnixTimeSeconds(s));
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureServices(IServiceCollection services) => services
        .AddSingleton<ISchedulerLease>(Lease)
        .AddSingleton<ITriggerCheckpoints>(provider => Checkpoints = new CountingCheckpoints(provider.GetRequiredService<TableTriggerState>()));
}
