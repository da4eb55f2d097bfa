using JobForge.Domain.Audit;
using JobForge.Application.Flags;

namespace JobForge.Application.Auth;

/// <summary>
/// Writes authentication and key-management decisions to the optional <see cref="IAuditLog"/> when
/// <c>JOBFORGE_AUDIT_LOGGING_ENABLED</c> is on. With no audit log registered, or the flag off, it does nothing.
/// </summary>
public sealed class AuthAudit
{
    private readonly IAuditLog? _log;
    private readonly FeatureFlagsReader _flags;
    private readonly ILogger<AuthAudit> _logger;

    /// <summary>Resolves the audit log from <paramref name="services"/> if one is registered.</summary>
    public AuthAudit(IServiceProvider services, FeatureFlagsReader flags, ILogger<AuthAudit> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        _log = services.GetService<IAuditLog>();
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Whether records are written at all.</summary>
    public bool IsEnabled => _log is not null && _flags.Current.AuditLoggingEnabled;

    /// <summary>Records <paramref name="record"/> without waiting (the hot path of a denied request).</summary>
    public void RecordInBackground(AuditRecord record)
    {
        if (IsEnabled)
        {
            _ = RecordAsync(record);
        }
    }

    /// <summary>Records <paramref name="record"/>; a failure of the audit log is logged, never thrown.</summary>
    public async Task RecordAsync(AuditRecord record)
    {
        if (!IsEnabled)
        {
            return;
        }

        try
        {
            await _log!.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The audit trail must never fail (or crash) the request it describes; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            AuthLog.AuditWriteFailed(_logger, record.Action, ex);
        }
    }
}
