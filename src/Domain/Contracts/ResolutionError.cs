namespace JobForge.Domain.Contracts;

/// <summary>One expression that could not be resolved. The message names the expression, never a secret's value.</summary>
/// <param name="Path">The JSON path of the string holding the expression.</param>
/// <param name="Kind">Why.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record ResolutionError(string Path, ResolutionErrorKind Kind, string Message)
{
    /// <summary>The snake_case wire form of <see cref="Kind"/> (<c>missing_input</c>, <c>output_too_large</c>, …).</summary>
    public string Code => Kind switch
    {
        ResolutionErrorKind.InvalidExpression => "invalid_expression",
        ResolutionErrorKind.MissingInput => "missing_input",
        ResolutionErrorKind.MissingStepOutput => "missing_step_output",
        ResolutionErrorKind.MissingRunValue => "missing_run_value",
        ResolutionErrorKind.MissingSecret => "missing_secret",
        ResolutionErrorKind.MissingEventValue => "missing_event_value",
        ResolutionErrorKind.OutputTooLarge => "output_too_large",
        _ => "too_deep",
    };
}
