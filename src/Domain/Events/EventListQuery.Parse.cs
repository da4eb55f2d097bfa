using System.Globalization;

namespace JobForge.Domain.Events;

/// <content>Validation of the raw query parameters.</content>
public sealed partial record EventListQuery
{
    private static readonly string[] s_parameters =
        ["event_type", "source_app", "source_module", "project_id", "since", "until", "received_since", "received_until", "limit", "cursor"];

    /// <summary>
    /// Validates raw query parameters (names are case-sensitive; a <see langword="null"/> value counts as absent, an
    /// empty one is a problem). Problem paths are the bare parameter names (<c>limit</c>). Unknown parameters are
    /// rejected with a "did you mean" hint. Never throws on any input.
    /// </summary>
    public static EventListQueryParseResult Parse(IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new ProblemCollector();
        foreach (var name in query.Keys)
        {
            if (Array.IndexOf(s_parameters, name) < 0)
            {
                var suggestion = FieldNameSuggester.Suggest(name, s_parameters);
                problems.Add(JsonPathText.Quote(name).Trim('\''), ValidationProblemCodes.UnknownField, suggestion is null
                    ? $"unknown query parameter {JsonPathText.Quote(name)}"
                    : $"unknown query parameter {JsonPathText.Quote(name)}; did you mean '{suggestion}'?");
            }
        }

        string? Get(string name)
        {
            if (!query.TryGetValue(name, out var value) || value is null)
            {
                return null;
            }

            if (value.Length == 0)
            {
                problems.Add(name, ValidationProblemCodes.InvalidFormat, $"'{name}' must not be empty");
                return null;
            }

            return value;
        }

        var eventType = Get("event_type");
        if (eventType is not null && !EventTypeName.IsValid(eventType))
        {
            problems.Add("event_type", ValidationProblemCodes.InvalidFormat, $"event_type is not valid: {EventTypeName.RuleDescription}");
            eventType = null;
        }

        var sourceApp = ParseEnum(Get("source_app"), "source_app", EventWireNames.SourceApps, problems);
        var sourceModule = ParseEnum(Get("source_module"), "source_module", EventWireNames.SourceModules, problems);
        var projectId = Get("project_id");
        if (projectId is not null && !JsonObjectFields.CheckIdentifier(problems, "project_id", "project_id", projectId, StorageSafeId.MaxScopeIdLength))
        {
            projectId = null;
        }

        var since = ParseTime(Get("since"), "since", problems);
        var until = ParseTime(Get("until"), "until", problems);
        if (since > until)
        {
            problems.Add("since", ValidationProblemCodes.Conflict, "'since' must not be later than 'until'");
        }

        var receivedSince = ParseTime(Get("received_since"), "received_since", problems);
        var receivedUntil = ParseTime(Get("received_until"), "received_until", problems);
        if (receivedSince > receivedUntil)
        {
            problems.Add("received_since", ValidationProblemCodes.Conflict, "'received_since' must not be later than 'received_until'");
        }

        var limit = ParseLimit(Get("limit"), problems);
        var cursor = Get("cursor");
        if (cursor is { Length: > MaxCursorLength })
        {
            problems.Add("cursor", ValidationProblemCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                $"'cursor' must be at most {MaxCursorLength} characters"));
        }

        return problems.HasProblems
            ? EventListQueryParseResult.Failure(problems.ToList())
            : EventListQueryParseResult.Success(new EventListQuery
            {
                EventType = eventType,
                SourceApp = (SourceApp?)sourceApp,
                SourceModule = (SourceModule?)sourceModule,
                ProjectId = projectId,
                Since = since,
                Until = until,
                ReceivedSince = receivedSince,
                ReceivedUntil = receivedUntil,
                Limit = limit,
                Cursor = cursor,
            });
    }

    private static int? ParseEnum(string? value, string name, IReadOnlyList<string> allowed, ProblemCollector problems)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        problems.Add(name, ValidationProblemCodes.InvalidValue,
            $"{JsonPathText.Quote(value)} is not a valid {name}; allowed values: {string.Join(", ", allowed)}");
        return null;
    }

    private static DateTimeOffset? ParseTime(string? value, string name, ProblemCollector problems)
    {
        if (value is null)
        {
            return null;
        }

        if (EventTimestamp.TryParse(value, out var time))
        {
            return time;
        }

        problems.Add(name, ValidationProblemCodes.InvalidFormat, $"'{name}' must be {EventTimestamp.RuleDescription}");
        return null;
    }

    private static int ParseLimit(string? value, ProblemCollector problems)
    {
        if (value is null)
        {
            return DefaultLimit;
        }

        if (value.Length <= 9 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }

        problems.Add("limit", ValidationProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture,
            $"'limit' must be a whole number from 1 to {MaxLimit}"));
        return DefaultLimit;
    }
}
