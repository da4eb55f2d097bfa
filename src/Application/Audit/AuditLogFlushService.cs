using JobForge.Domain.Audit;
using JobForge.Storage.Audit;

namespace JobForge.Application.Audit;

/// <summary>On shutdown, waits until every queued audit record of the <see cref="TableAuditLog"/> is durable.</summary>
public sealed class AuditLogFlushService : IHostedService
{
    private readonly IAuditLog _log;
    private readonly ILogger _logger;

    /// <summary>Creates the service for the registered <see cref="IAuditLog"/>.</summary>
    public AuditLogFlushService(IAuditLog log, ILogger<AuditLogFlushService> logger)
    {
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_log is TableAuditLog table)
        {
            try
            {
                await table.FlushAsync(cancellationToken);
                AuditServerLog.Flushed(_logger);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Storage did not take the last records before the host's shutdown timeout: say so, and stop cleanly.
                AuditServerLog.FlushUnfinished(_logger);
            }
        }
    }
}
