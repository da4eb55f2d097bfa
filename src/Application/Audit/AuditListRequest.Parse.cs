using System.Globalization;
using System.Text.RegularExpressions;
using JobForge.Domain.Audit;
using JobForge.Domain.Auth;
using JobForge.Domain.Events;
using JobForge.Storage.Audit;
using Microsoft.Extensions.Primitives;

namespace JobForge.Application.Audit;

/// <content>Validation of the raw query parameters; never throws on any input.</content>
public sealed partial record AuditListRequest
{
    private const int MaxActionLength = 64;

    /// <summary>
    /// Validates <paramref name="query"/> for <paramref name="caller"/>: unknown or repeated parameters, empty values, a
    /// malformed tenant id or action, a decision other than <c>allow</c>/<c>deny</c>, times that are not ISO-8601 with an
    /// offset, <c>since</c> after <c>until</c>, a limit outside 1–1000 and an over-long cursor are problems.
    /// <c>tenant_id</c> defaults to a tenant-scoped caller's tenant and is required from operator keys.
    /// Whether the caller covers the tenant is checked by the endpoint, not here.
    /// </summary>
    public static ParseResult Parse(IQueryCollection query, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        var problems = new List<ValidationProblem>();
        foreach (var (name, values) in query)
        {
            if (problems.Count >= ValidationProblemCodes.ProblemLimit)
            {
                break;
            }

            var path = AuditRecordSanitizer.Clean(name, 64);
            if (!Parameters.Contains(name, StringComparer.Ordinal))
            {
                problems.Add(new(path, ValidationProblemCodes.UnknownField, $"unknown query parameter '{path}'; allowed: {string.Join(", ", Parameters)}"));
            }
            else if (values.Count > 1)
            {
                problems.Add(new(path, ValidationProblemCodes.DuplicateField, $"'{path}' may be given only once"));
            }
        }

        string? Get(string name)
        {
            StringValues values = query.TryGetValue(name, out var found) ? found : StringValues.Empty;
            if (values.Count != 1 || values[0] is not { } value)
            {
                return null;
            }

            if (value.Length == 0)
            {
                problems.Add(new(name, ValidationProblemCodes.InvalidFormat, $"'{name}' must not be empty"));
                return null;
            }

            return value;
        }

        var tenantId = Get("tenant_id");
        if (tenantId is not null && !AuditRecordSanitizer.IsStorableTenant(tenantId))
        {
            problems.Add(new("tenant_id", ValidationProblemCodes.InvalidFormat,
                $"'tenant_id' must be 1 to {StorageSafeId.MaxScopeIdLength} of {StorageSafeId.AllowedCharactersDescription}"));
        }
        else if (tenantId is null && !query.ContainsKey("tenant_id"))
        {
            tenantId = caller.TenantId;
            if (tenantId is null)
            {
                problems.Add(new("tenant_id", ValidationProblemCodes.Required, "'tenant_id' is required with a key that covers every tenant"));
            }
        }

        var action = Get("action");
        if (action is not null && !ActionShape().IsMatch(action))
        {
            problems.Add(new("action", ValidationProblemCodes.InvalidFormat,
                $"'action' must be 1 to {MaxActionLength} lowercase letters, digits and _ . : -, starting with a letter"));
        }

        var decision = Get("decision");
        if (decision is not null && !AuditQueryLimits.Decisions.Contains(decision, StringComparer.Ordinal))
        {
            problems.Add(new("decision", ValidationProblemCodes.InvalidValue, "'decision' must be one of: allow, deny"));
        }

        var since = Time(Get("since"), "since", problems);
        var until = Time(Get("until"), "until", problems);
        if (since > until)
        {
            problems.Add(new("since", ValidationProblemCodes.Conflict, "'since' must not be later than 'until'"));
        }

        var limit = Limit(Get("limit"), problems);
        var cursor = Get("cursor");
        if (cursor is { Length: > AuditQueryLimits.MaxCursorLength })
        {
            problems.Add(new("cursor", ValidationProblemCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                $"'cursor' must be at most {AuditQueryLimits.MaxCursorLength} characters")));
        }

        return problems.Count > 0 || tenantId is null
            ? new ParseResult(null, problems)
            : new ParseResult(new AuditListRequest(tenantId, new AuditQuery(action, decision, since, until, limit, cursor)), []);
    }

    private static DateTimeOffset? Time(string? value, string name, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (EventTimestamp.TryParse(value, out var time))
        {
            return time;
        }

        problems.Add(new(name, ValidationProblemCodes.InvalidFormat, $"'{name}' must be {EventTimestamp.RuleDescription}"));
        return null;
    }

    private static int Limit(string? value, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            return AuditQueryLimits.DefaultLimit;
        }

        if (value.Length <= 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            && limit is >= 1 and <= AuditQueryLimits.MaxLimit)
        {
            return limit;
        }

        problems.Add(new("limit", ValidationProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture,
            $"'limit' must be a whole number from 1 to {AuditQueryLimits.MaxLimit}")));
        return AuditQueryLimits.DefaultLimit;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_.:\-]{0,63}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ActionShape();
}
