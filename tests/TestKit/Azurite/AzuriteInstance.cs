using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Storage.Configuration;

namespace JobForge.TestKit.Azurite;

/// <summary>
/// A real Azurite, started from the project-pinned npm install (tools/azurite) on free loopback ports with a throwaway
/// <c>--location</c>. <see cref="Shared"/> starts one per test process; it stops only the process it started.
/// Set <c>JOBFORGE_TEST_STORAGE_CONNECTION_STRING</c> to use an existing Azurite or account instead.
/// Missing Node.js or Azurite fails the run with a message saying what to install; it never skips.
/// </summary>
public sealed partial class AzuriteInstance : IAsyncDisposable
{
    /// <summary>Environment variable that points the tests at an existing storage endpoint.</summary>
    public const string ConnectionStringVariable = "JOBFORGE_TEST_STORAGE_CONNECTION_STRING";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<Task<AzuriteInstance>> SharedInstance = new(StartSharedAsync);

    private readonly string? _location;
    private readonly IReadOnlyDictionary<string, int>? _ports;
    private Process? _process;

    private AzuriteInstance(string connectionString, Process? process, string? location, IReadOnlyDictionary<string, int>? ports = null)
    {
        ConnectionString = connectionString;
        _process = process;
        _location = location;
        _ports = ports;
    }

    /// <summary>The one Azurite of this test process, started on first use.</summary>
    public static Task<AzuriteInstance> Shared => SharedInstance.Value;

    /// <summary>A full connection string with explicit endpoints.</summary>
    public string ConnectionString { get; }

    /// <summary>The account name Azurite uses; public and documented, not a secret.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known development account key published in Azurite's documentation.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// A Table service client on this Azurite, configured as production configures it
    /// (<see cref="StorageClientOptionsFactory"/>) with <paramref name="maxRetries"/> and <paramref name="policies"/> per retry.
    /// </summary>
    public TableServiceClient TableService(int maxRetries = 3, params HttpPipelinePolicy[] policies) =>
        new(ConnectionString, StorageClientOptionsFactory.Tables(new StorageOptions { MaxRetries = maxRetries }, policies));

    /// <summary>A Blob service client on this Azurite (service version pinned as in production).</summary>
    public BlobServiceClient BlobService(int maxRetries = 3, params HttpPipelinePolicy[] policies) =>
        new(ConnectionString, StorageClientOptionsFactory.Blobs(new StorageOptions { MaxRetries = maxRetries }, policies));

    /// <summary>A Queue service client on this Azurite (service version pinned as in production).</summary>
    public QueueServiceClient QueueService(int maxRetries = 3, params HttpPipelinePolicy[] policies) =>
        new(ConnectionString, StorageClientOptionsFactory.Queues(new StorageOptions { MaxRetries = maxRetries }, policies));

    /// <summary>The process id of the Azurite this instance started; null when it uses an existing endpoint.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Starts a new Azurite, independent of <see cref="Shared"/>: for tests that stop it on purpose.</summary>
    public static async Task<AzuriteInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var location = Directory.CreateTempSubdirectory("jobforge-azurite-").FullName;
        var (process, ports) = await LaunchAsync(location, null, cancellationToken).ConfigureAwait(false);
        const string account = DevelopmentAccountName;
        var connectionString =
            $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports["Blob"]}/{account};" +
            $"QueueEndpoint=http://127.0.0.1:{ports["Queue"]}/{account};" +
            $"TableEndpoint=http://127.0.0.1:{ports["Table"]}/{account};";
        return new AzuriteInstance(connectionString, process, location, ports);
    }

    /// <summary>
    /// Stops this instance's Azurite process and keeps its data folder and ports, so that <see cref="StartAgainAsync"/>
    /// brings the same storage back. It is asked to stop (SIGTERM) so it saves what it holds in memory (Azurite's table
    /// store writes to disk every few seconds; a SIGKILL would lose the last writes, which a real account never does),
    /// and killed when it has not exited within 10 s. Only for instances from <see cref="StartAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        var process = _process ?? throw new InvalidOperationException("This instance did not start Azurite, so it cannot stop it.");
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start(new ProcessStartInfo("kill")
               {
                   ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                   UseShellExecute = false,
               })!)
        {
            await term.WaitForExitAsync().ConfigureAwait(false);
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
        }
    }

    /// <summary>Starts Azurite again on the same data folder and the same ports after <see cref="StopAsync"/>.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (_process is null || _location is null || _ports is null)
        {
            throw new InvalidOperationException("This instance did not start Azurite, so it cannot start it again.");
        }

        if (!_process.HasExited)
        {
            throw new InvalidOperationException("Azurite is still running; stop it first.");
        }

        var old = _process;
        (_process, _) = await LaunchAsync(_location, _ports, cancellationToken).ConfigureAwait(false);
        old.Dispose();
    }

    private static async Task<(Process Process, IReadOnlyDictionary<string, int> Ports)> LaunchAsync(
        string location, IReadOnlyDictionary<string, int>? fixedPorts, CancellationToken cancellationToken)
    {
        var script = AzuriteInstall.EnsureInstalled();
        // Azurite's stdin is a pipe this process holds open for its whole life: the kernel closes it when this process
        // ends in any way (SIGKILL included), and the launcher exits at that end-of-file. Its parent-pid watch alone
        // missed a killed test host that its own parent had not reaped yet (a zombie still answers kill(pid, 0)).
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string Port(string service) =>
            fixedPorts is null ? "0" : fixedPorts[service].ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in new[]
                 {
                     script, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--exit-on-stdin-close",
                     "--location", location, "--silent", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", Port("Blob"),
                     "--queueHost", "127.0.0.1", "--queuePort", Port("Queue"),
                     "--tableHost", "127.0.0.1", "--tablePort", Port("Table"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "Node.js is needed to run Azurite for the storage tests: install Node.js 20 or later and make sure 'node' is on PATH.", ex);
        }

        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void OnLine(string? line)
        {
            if (line is null)
            {
                ready.TrySetException(new InvalidOperationException("Azurite exited while starting:\n" + string.Join('\n', output)));
                return;
            }

            output.Enqueue(line);
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                lock (ports)
                {
                    ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (ports.Count == 3)
                    {
                        ready.TrySetResult();
                    }
                }
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Stop(process);
            throw;
        }

        return (process, ports);
    }

    /// <summary>Stops the Azurite process this instance started (and only it) and removes its data folder.</summary>
    public ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            Stop(_process);
        }

        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the dying process; the temp folder is throwaway.
            }
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<AzuriteInstance> StartSharedAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return new AzuriteInstance(existing, process: null, location: null);
        }

        var instance = await StartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => instance.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return instance;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                // Not Kill(entireProcessTree: true): on Unix that first sends SIGSTOP (so the tree cannot grow while it is
                // listed) and only then SIGKILL, and when this process is ended in between (the test runner ending the test
                // host while its exit handler stops Azurite), Azurite stays stopped for ever, a state its stdin-close watch
                // cannot act on. That is where the stopped (T) Azurite processes after test runs came from. The launcher
                // runs Azurite in its own process, so there is no tree to kill.
                process.Kill();
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
