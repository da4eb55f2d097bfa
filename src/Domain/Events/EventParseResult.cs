using System.Diagnostics.CodeAnalysis;

namespace JobForge.Domain.Events;

/// <summary>The outcome of <see cref="EventEnvelopeParser.Parse"/>: an envelope, or every problem found.</summary>
public sealed class EventParseResult
{
    private EventParseResult(EventEnvelope? envelope, IReadOnlyList<ValidationProblem> problems)
    {
        Envelope = envelope;
        Problems = problems;
    }

    /// <summary>The envelope when the request is valid; otherwise <see langword="null"/>.</summary>
    public EventEnvelope? Envelope { get; }

    /// <summary>Every problem found (at most <see cref="ValidationProblemCodes.ProblemLimit"/> plus a marker); empty when valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Whether the request is valid, in which case <see cref="Envelope"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Envelope))]
    public bool IsValid => Envelope is not null;

    /// <summary>A valid result.</summary>
    public static EventParseResult Success(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return new EventParseResult(envelope, []);
    }

    /// <summary>An invalid result; <paramref name="problems"/> must not be empty.</summary>
    public static EventParseResult Failure(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count, nameof(problems));
        return new EventParseResult(null, problems);
    }
}
