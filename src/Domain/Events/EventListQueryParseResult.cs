using System.Diagnostics.CodeAnalysis;

namespace JobForge.Domain.Events;

/// <summary>The outcome of <see cref="EventListQuery.Parse"/>: a query, or every problem found.</summary>
public sealed class EventListQueryParseResult
{
    private EventListQueryParseResult(EventListQuery? query, IReadOnlyList<ValidationProblem> problems)
    {
        Query = query;
        Problems = problems;
    }

    /// <summary>The query when the parameters are valid; otherwise <see langword="null"/>.</summary>
    public EventListQuery? Query { get; }

    /// <summary>Every problem found; empty when valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Whether the parameters are valid, in which case <see cref="Query"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Query))]
    public bool IsValid => Query is not null;

    /// <summary>A valid result.</summary>
    public static EventListQueryParseResult Success(EventListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new EventListQueryParseResult(query, []);
    }

    /// <summary>An invalid result; <paramref name="problems"/> must not be empty.</summary>
    public static EventListQueryParseResult Failure(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count, nameof(problems));
        return new EventListQueryParseResult(null, problems);
    }
}
