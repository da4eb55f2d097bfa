namespace JobForge.Domain.Errors;

/// <summary>
/// The stable <c>type</c> of JobForge's error envelope. An extensible string struct: new types can be added without
/// breaking callers that switch on the known ones.
/// </summary>
public readonly record struct ErrorType
{
    private ErrorType(string value) => Value = value;

    /// <summary>The wire value, e.g. <c>validation_failed</c>.</summary>
    public string Value { get; }

    /// <summary>The request failed validation; <c>details</c> lists each problem with its path.</summary>
    public static ErrorType ValidationFailed { get; } = new("validation_failed");

    /// <summary>The body is not well-formed JSON.</summary>
    public static ErrorType InvalidJson { get; } = new("invalid_json");

    /// <summary>No credentials, or credentials that are not valid.</summary>
    public static ErrorType Unauthorized { get; } = new("unauthorized");

    /// <summary>The body is not YAML a job contract may use (malformed, aliases, tags, too deep).</summary>
    public static ErrorType InvalidYaml { get; } = new("invalid_yaml");

    /// <summary>Valid credentials without the scope or tenant the request needs.</summary>
    public static ErrorType Forbidden { get; } = new("forbidden");

    /// <summary>The feature is switched off by its flag.</summary>
    public static ErrorType FeatureDisabled { get; } = new("feature_disabled");

    /// <summary>A policy token is missing or does not allow the action; <c>details</c> carries the verifier's reason.</summary>
    public static ErrorType PolicyDenied { get; } = new("policy_denied");

    /// <summary>Too many requests; retry after the time given.</summary>
    public static ErrorType RateLimited { get; } = new("rate_limited");

    /// <summary>The resource does not exist, or is not visible to the caller.</summary>
    public static ErrorType NotFound { get; } = new("not_found");

    /// <summary>The HTTP method is not allowed on this route.</summary>
    public static ErrorType MethodNotAllowed { get; } = new("method_not_allowed");

    /// <summary>The request conflicts with the current state.</summary>
    public static ErrorType Conflict { get; } = new("conflict");

    /// <summary>The body is larger than allowed.</summary>
    public static ErrorType PayloadTooLarge { get; } = new("payload_too_large");

    /// <summary>The body's content type is not accepted.</summary>
    public static ErrorType UnsupportedMediaType { get; } = new("unsupported_media_type");

    /// <summary>A dependency (storage, broker) cannot be reached.</summary>
    public static ErrorType DependencyUnavailable { get; } = new("dependency_unavailable");

    /// <summary>The server is over capacity and refused new work before writing anything; retry after <c>Retry-After</c>.</summary>
    public static ErrorType Overloaded { get; } = new("overloaded");

    /// <summary>An unexpected failure; the trace id finds the log line.</summary>
    public static ErrorType Internal { get; } = new("internal");

    /// <summary>Creates a type from its wire value (lowercase snake case).</summary>
    public static ErrorType From(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new ErrorType(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
