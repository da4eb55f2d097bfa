using JobForge.Domain.Policy;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Policy;

/// <summary>
/// Deletes revocation rows of tokens that expired more than the clock skew ago (they can no longer validate anyway): a
/// thin loop around <see cref="TickAsync"/>, timed by <see cref="TimeProvider"/>, first sweeping one interval after
/// start. Several servers may sweep at once; deletes are conditional and idempotent.
/// </summary>
public sealed class PolicyRevocationSweeper(
    IPolicyTokenRevocations revocations, TimeProvider time, IOptions<PolicyTokenOptions> options, ILogger<PolicyRevocationSweeper> logger)
    : BackgroundService
{
    /// <summary>One sweep at <paramref name="now"/>; returns how many rows were deleted.</summary>
    public async Task<int> TickAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var swept = await revocations.SweepExpiredAsync(now - PolicyTokenLimits.ClockSkew, cancellationToken);
        if (swept > 0)
        {
            PolicyLog.Swept(logger, swept);
        }

        return swept;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevocationSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PolicyLog.SweepFailed(logger, ex);
            }
        }
    }
}
