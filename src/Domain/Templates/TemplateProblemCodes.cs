namespace JobForge.Domain.Templates;

/// <summary>
/// Problem codes specific to templates and schemas, used beside <see cref="Events.ValidationProblemCodes"/> in
/// <see cref="Events.ValidationProblem.Code"/>. Clients may switch on them; new codes may be added.
/// </summary>
public static class TemplateProblemCodes
{
    /// <summary>A schema (or a template's embedded schema) is not a valid instance of the supported subset.</summary>
    public const string InvalidSchema = "invalid_schema";

    /// <summary>Two steps share one id, or a list repeats a value that must be unique.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A step names a step (<c>compensate</c>, <c>depends_on</c>) that does not exist.</summary>
    public const string UnknownReference = "unknown_reference";

    /// <summary>A step's <c>uses</c> is not in <see cref="HandlerKinds.All"/>.</summary>
    public const string UnknownHandler = "unknown_handler";

    /// <summary>A value did not satisfy a schema's <c>pattern</c> in time, so it is rejected.</summary>
    public const string PatternTimeout = "pattern_timeout";
}
