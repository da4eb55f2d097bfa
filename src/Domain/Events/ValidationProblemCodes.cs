namespace JobForge.Domain.Events;

/// <summary>The stable codes of <see cref="ValidationProblem.Code"/>. Clients may switch on them; new codes may be added.</summary>
public static class ValidationProblemCodes
{
    /// <summary>A required field or parameter is missing or <c>null</c>.</summary>
    public const string Required = "required";

    /// <summary>The JSON value has the wrong type (e.g. a number where a string is expected).</summary>
    public const string WrongType = "wrong_type";

    /// <summary>A string does not match its format (identifier charset, timestamp, version, path syntax).</summary>
    public const string InvalidFormat = "invalid_format";

    /// <summary>A value is not one of the allowed values; the message lists them.</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A field or parameter is not part of the contract; the message may suggest the intended one.</summary>
    public const string UnknownField = "unknown_field";

    /// <summary>The same property name appears twice in one JSON object.</summary>
    public const string DuplicateField = "duplicate_field";

    /// <summary>The payload nests deeper than <see cref="PayloadLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "too_deep";

    /// <summary>A string (or identifier) is longer than allowed.</summary>
    public const string TooLong = "too_long";

    /// <summary>An array has more items than allowed.</summary>
    public const string TooManyItems = "too_many_items";

    /// <summary>Two sources of the same value disagree (body <c>event_id</c> and <c>Idempotency-Key</c>; since and until).</summary>
    public const string Conflict = "conflict";

    /// <summary>The body is not well-formed JSON (same value as the error type <c>invalid_json</c>).</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>More than <see cref="ProblemLimit"/> problems were found; the rest are not listed.</summary>
    public const string TooManyProblems = "too_many_problems";

    /// <summary>The most problems reported for one request, so a hostile body cannot produce an unbounded list.</summary>
    public const int ProblemLimit = 100;
}
