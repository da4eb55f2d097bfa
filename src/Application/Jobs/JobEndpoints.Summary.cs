using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

public static partial class JobEndpoints
{
    /// <summary>The most runs one summary counts; a busier window is reported as truncated.</summary>
    public const int SummaryMaxRuns = 10_000;

    private static readonly string[] s_summaryParameters = ["window"];

    private static readonly Dictionary<string, TimeSpan> s_summaryWindows = new(StringComparer.Ordinal)
    {
        ["1h"] = TimeSpan.FromHours(1),
        ["24h"] = TimeSpan.FromHours(24),
    };

    /// <summary>
    /// Counts the tenant's runs requested in the last hour (<c>window=1h</c>, the default) or day (<c>24h</c>) by status
    /// and by minute, for dashboards. Run ids are time-ordered, so only the window's runs are read.
    /// </summary>
    public static async Task<IResult> SummaryAsync(HttpContext context, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, null, caller, s_summaryParameters);
        var window = context.Request.Query.TryGetValue("window", out var given) ? given.ToString() : "1h";
        if (!s_summaryWindows.TryGetValue(window, out var length))
        {
            problems.Add(new ValidationProblem("window", ValidationProblemCodes.InvalidValue, "one of 1h, 24h"));
        }

        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        if (!caller.CoversTenant(tenant!))
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = tenant });
        }

        var until = services.Time.GetUtcNow();
        var since = Minute(until - length);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var buckets = new SortedDictionary<DateTimeOffset, Dictionary<string, int>>();
        var query = new RunListQuery(Limit: 200) { FromRunId = RunIdFloor(since) };
        var total = 0;
        var truncated = false;
        do
        {
            var page = await services.Store.ListRunsAsync(tenant!, query, cancellationToken);
            foreach (var record in page.Runs.Where(r => r.Run.RequestedAt >= since))
            {
                if (total == SummaryMaxRuns)
                {
                    truncated = true;
                    break;
                }

                var status = RunStatusNames.ToWireName(record.Status);
                Increment(counts, status);
                var minute = Minute(record.Run.RequestedAt);
                if (!buckets.TryGetValue(minute, out var bucket))
                {
                    buckets[minute] = bucket = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                Increment(bucket, status);
                total++;
            }

            query = query with { Cursor = page.NextCursor };
        }
        while (query.Cursor is not null && !truncated);

        return TypedResults.Ok(new RunSummaryResponse(tenant!, window, since, until, total, truncated, counts,
            buckets.Select(pair => new RunMinuteBucket(pair.Key, pair.Value)).ToList()));
    }

    /// <summary>The smallest run id minted at or after <paramref name="instant"/>: UUID v7 puts the Unix milliseconds first.</summary>
    internal static string RunIdFloor(DateTimeOffset instant) =>
        RunId.Prefix + instant.ToUnixTimeMilliseconds().ToString("x12", System.Globalization.CultureInfo.InvariantCulture) + new string('0', 20);

    private static DateTimeOffset Minute(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private static void Increment(Dictionary<string, int> counts, string status) =>
        counts[status] = counts.GetValueOrDefault(status) + 1;
}
