using System.Globalization;
using JobForge.Domain.Admission;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Application.Runs;
using JobForge.Application.Telemetry;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Admission;

/// <summary>
/// The overload check a run- or event-creating endpoint calls before it writes anything: nothing while
/// <c>JOBFORGE_ADMISSION_CONTROL_ENABLED</c> is off; otherwise <see cref="AdmissionPolicy"/> over this server's run
/// backlog, the store's write queue and table storage's recent latency, and on refusal a 503 <c>overloaded</c> envelope with <c>Retry-After</c>. A refusal
/// is not audited (that would be one more write while storage is behind); it is counted
/// (<c>jobforge.admission.refused</c>) and logged at Debug.
/// </summary>
public static class AdmissionGate
{
    /// <summary>Null when the request may go on; otherwise the 503 result to return.</summary>
    public static IResult? Check(HttpContext context, string tenantId, AdmittedWork work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var services = context.RequestServices;
        if (services.GetService<FeatureFlagsReader>()?.Current.AdmissionControlEnabled != true)
        {
            return null;
        }

        var options = services.GetService<IOptions<AdmissionOptions>>()?.Value ?? new AdmissionOptions();
        var decision = AdmissionPolicy.Decide(options.ToLimits(), Measure(services, tenantId, work));
        if (decision.Admitted)
        {
            return null;
        }

        var seconds = (int)decision.RetryAfter.TotalSeconds;
        var reason = decision.Reason!;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        JobForgeMetrics.AdmissionRefused(reason);
        ApplicationLog.AdmissionRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdmissionGate)), reason, seconds);
        return ErrorResults.Problem(context, StatusCodes.Status503ServiceUnavailable, ErrorType.Overloaded,
            $"The server is over capacity ({reason}); nothing was stored. Retry after {seconds} seconds.",
            new { reason, retry_after_seconds = seconds });
    }

    /// <summary>The signals for <paramref name="work"/>: what it would queue behind on this server.</summary>
    public static AdmissionSignals Measure(IServiceProvider services, string tenantId, AdmittedWork work)
    {
        ArgumentNullException.ThrowIfNull(services);
        var runs = work == AdmittedWork.Run ? services.GetService<RunEngine>()?.Backlog(tenantId) ?? RunBacklog.Empty : RunBacklog.Empty;
        var store = work == AdmittedWork.Run ? services.GetService<IRunStore>() as IWriteBacklog : services.GetService<IEventStore>() as IWriteBacklog;
        var (tenant, total) = store?.MeasureWriteBacklog(tenantId) ?? (WriteBacklog.Empty, WriteBacklog.Empty);
        var latency = services.GetService<IStorageLatency>()?.Recent ?? TimeSpan.Zero;
        return new AdmissionSignals(runs, tenant, total, latency);
    }
}
