namespace JobForge.Domain.Contracts;

/// <summary>Why an expression could not be resolved. Stable; the wire form is <see cref="ResolutionError.Code"/>.</summary>
public enum ResolutionErrorKind
{
    /// <summary>The string does not parse (see the message for the position).</summary>
    InvalidExpression,

    /// <summary><c>inputs.x…</c> is not in the inputs.</summary>
    MissingInput,

    /// <summary>The step has no recorded outputs, or the path is not in them.</summary>
    MissingStepOutput,

    /// <summary>The run value is absent (e.g. <c>run.project_id</c> of a tenant-wide run).</summary>
    MissingRunValue,

    /// <summary>The secret lookup returned nothing.</summary>
    MissingSecret,

    /// <summary>There is no event, or the path is not in it.</summary>
    MissingEventValue,

    /// <summary>The resolved value would exceed <see cref="ExpressionResolutionContext.MaxOutputBytes"/>.</summary>
    OutputTooLarge,

    /// <summary>A referenced value nests deeper than the copy limit.</summary>
    TooDeep,
}
