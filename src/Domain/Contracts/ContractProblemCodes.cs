namespace JobForge.Domain.Contracts;

/// <summary>
/// The stable codes of job-contract problems (<see cref="Events.ValidationProblem.Code"/>). They add to
/// <see cref="Events.ValidationProblemCodes"/>; clients may switch on them; new codes may be added.
/// </summary>
public static class ContractProblemCodes
{
    /// <summary>A <c>${{</c> has no closing <c>}}</c>.</summary>
    public const string ExpressionUnterminated = "expression_unterminated";

    /// <summary><c>${{ }}</c> with nothing but whitespace inside.</summary>
    public const string ExpressionEmpty = "expression_empty";

    /// <summary>The expression starts with a name other than <c>inputs</c>, <c>steps</c>, <c>run</c>, <c>secrets</c> (or <c>event</c> where allowed).</summary>
    public const string ExpressionUnknownRoot = "expression_unknown_root";

    /// <summary>The path after the root breaks the syntax or the root's shape (e.g. <c>steps.a.result</c>, <c>run.nope</c>).</summary>
    public const string ExpressionInvalidPath = "expression_invalid_path";

    /// <summary>One expression is longer than <see cref="ExpressionParserOptions.MaxExpressionLength"/>.</summary>
    public const string ExpressionTooLong = "expression_too_long";

    /// <summary>A string holds more than <see cref="ExpressionParserOptions.MaxExpressionsPerString"/> expressions.</summary>
    public const string TooManyExpressions = "too_many_expressions";

    /// <summary><c>inputs.x</c> names an input the input schema does not declare.</summary>
    public const string UnknownInput = "unknown_input";

    /// <summary>A step id (in an expression, <c>depends_on</c> or <c>compensate</c>) names no step.</summary>
    public const string UnknownStep = "unknown_step";

    /// <summary>An expression refers to a step listed after the step that uses it.</summary>
    public const string LaterStep = "later_step";

    /// <summary>A step refers to or depends on itself.</summary>
    public const string SelfReference = "self_reference";

    /// <summary>A regular step refers to or depends on a compensation-only step.</summary>
    public const string CompensationStepReference = "compensation_step_reference";

    /// <summary><c>compensate</c> names a step that is not compensation-only, or a compensation step declares one.</summary>
    public const string InvalidCompensateTarget = "invalid_compensate_target";

    /// <summary><c>secrets.NAME</c> used where secrets are not allowed.</summary>
    public const string SecretsNotAllowed = "secrets_not_allowed";

    /// <summary><c>secrets.NAME</c> names a secret that is not in the allowed list.</summary>
    public const string UnknownSecret = "unknown_secret";

    /// <summary>A step id breaks the id syntax.</summary>
    public const string InvalidStepId = "invalid_step_id";

    /// <summary>Two steps share an id.</summary>
    public const string DuplicateStepId = "duplicate_step_id";

    /// <summary>Steps depend on each other in a circle; the message names it (<c>a → b → a</c>).</summary>
    public const string DependencyCycle = "dependency_cycle";

    /// <summary>More steps than <see cref="StepGraph.MaxSteps"/>.</summary>
    public const string TooManySteps = "too_many_steps";
}
