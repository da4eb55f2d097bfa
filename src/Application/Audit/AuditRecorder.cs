using JobForge.Domain.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;

namespace JobForge.Application.Audit;

/// <summary>
/// The one call endpoints make to audit a decision: <see cref="Record"/> checks <c>JOBFORGE_AUDIT_LOGGING_ENABLED</c>,
/// stamps the time (<see cref="TimeProvider"/>), the trace id and the caller's key id, and hands the record to
/// <see cref="IAuditLog"/> without waiting. It never throws into the request and never blocks it: a failed write is
/// logged (event 6021), and past <see cref="MaxPending"/> unfinished writes new records are dropped and logged
/// (event 6022) rather than piling up in memory. Singleton; thread-safe.
/// </summary>
public sealed class AuditRecorder
{
    /// <summary>The most writes that may be unfinished at once before records are dropped.</summary>
    public const int MaxPending = 20_000;

    private readonly IAuditLog _log;
    private readonly FeatureFlagsReader _flags;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private int _pending;

    /// <summary>Creates the recorder.</summary>
    public AuditRecorder(IAuditLog log, FeatureFlagsReader flags, TimeProvider time, ILogger<AuditRecorder> logger)
    {
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Records a decision about <paramref name="tenantId"/> if audit logging is on; returns at once.</summary>
    /// <param name="context">The request: its caller's key id and its trace id are stamped.</param>
    /// <param name="tenantId">The tenant concerned; null or not storage-safe means <see cref="AuditRecord.SystemTenant"/>.</param>
    /// <param name="action">What was decided on, e.g. <c>event_ingest</c>, <c>rate_limit_hit</c>.</param>
    /// <param name="decision"><c>allow</c> or <c>deny</c>.</param>
    /// <param name="reason">A stable reason code, e.g. <c>accepted</c>, <c>invalid_api_key</c>.</param>
    /// <param name="details">Small details; redacted and capped before storing. Never a raw request body.</param>
    /// <param name="actorId">The actor, if known.</param>
    public void Record(
        HttpContext context,
        string? tenantId,
        string action,
        string decision,
        string reason,
        IReadOnlyDictionary<string, string>? details = null,
        string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_flags.Current.AuditLoggingEnabled)
        {
            return;
        }

        if (Interlocked.Increment(ref _pending) > MaxPending)
        {
            Interlocked.Decrement(ref _pending);
            AuditServerLog.RecordDropped(_logger, action, MaxPending);
            return;
        }

        var record = new AuditRecord(
            tenantId ?? AuditRecord.SystemTenant, action, decision, reason, _time.GetUtcNow(),
            context.GetCaller()?.KeyId, actorId, ErrorResults.TraceId(context), details);
        Task write;
        try
        {
            write = _log.RecordAsync(record, CancellationToken.None); // The request ending must not cancel its audit.
        }
        catch (Exception ex)
        {
            write = Task.FromException(ex);
        }

        write.ContinueWith(
            static (task, state) => ((AuditRecorder)state!).Completed(task),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void Completed(Task write)
    {
        Interlocked.Decrement(ref _pending);
        if (write.Exception is { } failure)
        {
            AuditServerLog.RecordFailed(_logger, failure.InnerException ?? failure);
        }
    }
}
