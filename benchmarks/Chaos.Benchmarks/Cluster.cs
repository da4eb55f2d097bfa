using System.Diagnostics;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// A fresh Azurite and N server processes on it (each its own OS process, so it can be killed with SIGKILL), all with
/// the same settings. Requests go to the live servers in turn.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public const string BootstrapKey = "chaos-bootstrap-key-0123456789abcdef0123456789";

    private readonly Dictionary<string, string> _environment;
    private readonly ServerProcess?[] _servers;
    private long _turn;

    private Cluster(AzuriteInstance azurite, Dictionary<string, string> environment, int size)
    {
        Azurite = azurite;
        _environment = environment;
        _servers = new ServerProcess?[size];
    }

    public AzuriteInstance Azurite { get; }

    public int Size => _servers.Length;

    public static async Task<Cluster> StartAsync(int servers, IReadOnlyDictionary<string, string>? extra = null)
    {
        var azurite = await AzuriteInstance.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["JobForge__Storage__ConnectionString"] = azurite.ConnectionString,
            ["JobForge__Auth__BootstrapKey"] = BootstrapKey,
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
            ["JobForge__Steps__Http__AllowedHosts__0"] = "127.0.0.1",
            ["JobForge__Steps__Http__AllowPrivateNetworks"] = "true",
            ["JobForge__Steps__Http__SigningSecret"] = "chaos-signing-secret",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information", // ServerProcess waits for "Now listening on"
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var cluster = new Cluster(azurite, environment, servers);
        await Task.WhenAll(Enumerable.Range(0, servers).Select(cluster.StartServerAsync));
        return cluster;
    }

    /// <summary>The next live server's address (round robin); throws when none is up.</summary>
    public Uri Next()
    {
        for (var i = 0; i < _servers.Length; i++)
        {
            var server = Volatile.Read(ref _servers[(int)(Interlocked.Increment(ref _turn) % _servers.Length)]);
            if (server is not null)
            {
                return server.Address;
            }
        }

        throw new HttpRequestException("No server is up.");
    }

    public IReadOnlyList<Uri> LiveAddresses => _servers.Where(s => s is not null).Select(s => s!.Address).ToList();

    /// <summary>SIGKILLs server <paramref name="index"/> and starts a new one in its place; returns how long the start took.</summary>
    public async Task<TimeSpan> KillAndRestartAsync(int index)
    {
        var old = Interlocked.Exchange(ref _servers[index], null);
        if (old is not null)
        {
            old.Kill();
            await old.DisposeAsync();
        }

        var clock = Stopwatch.StartNew();
        await StartServerAsync(index);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _servers.Length; i++)
        {
            if (_servers[i] is { } server)
            {
                if (Environment.GetEnvironmentVariable("CHAOS_DEBUG") is not null)
                {
                    await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), $"chaos-server-{i}.log"), server.Output);
                }

                await server.DisposeAsync();
            }
        }

        await Azurite.DisposeAsync();
    }

    private async Task StartServerAsync(int index) =>
        Volatile.Write(ref _servers[index], await ServerProcess.StartAsync(_environment));
}
