using System.Collections.Concurrent;
using JobForge.Domain.Runs;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>
/// The self-hosted run engine: <see cref="RunEngineOptions.MaxConcurrency"/> workers take runs from a tenant-fair
/// in-memory queue (<see cref="RunWorkQueue"/>) and drive them with the <see cref="RunExecutor"/>. Runs arrive through
/// <see cref="RunReady"/> (in-process, no storage round trip) and from the recovery scan of the work index every
/// <see cref="RunEngineOptions.RecoveryInterval"/> (one storage query when idle), which finds runs whose worker died,
/// timers that came due, and runs created on servers without an engine. A run found held by another worker is looked
/// at again when that worker's lease lapses (<see cref="RecheckWhenLapsed"/>), so a crashed server's runs resume one
/// lease after its last renewal rather than at the first scan after that.
/// </summary>
public sealed partial class RunEngine : BackgroundService, IRunWorkNotifier
{
    private const int ScanBatch = 500;
    private const int MaxKnownRecords = 10_000;
    private readonly RunWorkQueue _queue;
    private readonly ConcurrentDictionary<(string, string), RunRecord> _known = new();
    private readonly RunExecutor _executor;
    private readonly IRunExecutionStore _store;
    private readonly TimeProvider _time;
    private readonly RunEngineOptions _options;
    private readonly ILogger<RunEngine> _logger;

    /// <summary>An engine over <paramref name="executor"/>.</summary>
    public RunEngine(RunExecutor executor, IRunExecutionStore store, TimeProvider time, IOptions<RunEngineOptions> options, ILogger<RunEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _executor = executor;
        _store = store;
        _time = time;
        _options = options.Value;
        _queue = new RunWorkQueue(_options.EffectiveMaxConcurrencyPerTenant, time);
        _logger = logger;
    }

    /// <summary>Runs waiting for a worker here.</summary>
    public int QueuedCount => _queue.Count;

    /// <summary>Runs executing on this server now.</summary>
    public int InFlightCount => _queue.ActiveCount;

    /// <summary>Runs waiting for a worker here: the tenant's and everyone's (empty while this server executes no runs).</summary>
    public Domain.Admission.RunBacklog Backlog(string tenantId) =>
        _options.Enabled ? _queue.Backlog(tenantId) : Domain.Admission.RunBacklog.Empty;

    /// <inheritdoc />
    public void RunReady(string tenantId, string runId)
    {
        _executor.Nudge(tenantId, runId);
        if (_options.Enabled)
        {
            _queue.Enqueue(tenantId, runId);
        }
    }

    /// <inheritdoc />
    public void RunCreated(RunCreateResult created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (!_options.Enabled)
        {
            return;
        }

        var run = created.Run;
        if (created.Outcome == RunCreateOutcome.Created && created.Version is { } version && _known.Count < MaxKnownRecords)
        {
            _known[(run.TenantId, run.RunId)] = new RunRecord(run, null, null, [], version);
        }

        _queue.Enqueue(run.TenantId, run.RunId);
    }

    /// <summary>One recovery scan: queues every due work entry not already known here. Returns how many were queued.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var due = await _store.ListDueAsync(_time.GetUtcNow(), ScanBatch, cancellationToken);
        var queued = 0;
        foreach (var item in due)
        {
            if (!_queue.IsKnown(item.TenantId, item.RunId) && !_rechecks.ContainsKey((item.TenantId, item.RunId)) && _queue.Enqueue(item.TenantId, item.RunId))
            {
                queued++;
            }
        }

        return queued;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            RunsLog.EngineDisabled(_logger);
            return;
        }

        RunsLog.EngineStarted(_logger, _executor.WorkerId, _options.MaxConcurrency, _options.RecoveryInterval);
        var workers = Enumerable.Range(0, _options.MaxConcurrency).Select(_ => WorkAsync(stoppingToken)).ToList();
        workers.Add(ScanLoopAsync(stoppingToken));
        await Task.WhenAll(workers);
        await _executor.FlushAsync(); // lingering lifecycle events and work-entry removals
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            (string TenantId, string RunId) next;
            try
            {
                next = await _queue.TakeAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                _known.TryRemove((next.TenantId, next.RunId), out var known);
                if (await _executor.ProcessAsync(next.TenantId, next.RunId, known, stoppingToken) is { } heldUntil)
                {
                    RecheckWhenLapsed(next.TenantId, next.RunId, heldUntil, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Storage down or a bug: the run stays in the work index; its lease lapses and a scan retries it.
                RunsLog.ProcessFailed(_logger, next.TenantId, next.RunId, ex);
            }
            finally
            {
                _queue.Complete(next.TenantId, next.RunId);
            }
        }
    }

    private async Task ScanLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
                await Task.Delay(_options.RecoveryInterval, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                RunsLog.ScanFailed(_logger, _options.RecoveryInterval, ex);
                try
                {
                    await Task.Delay(_options.RecoveryInterval, _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
