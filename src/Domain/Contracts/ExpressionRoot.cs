namespace JobForge.Domain.Contracts;

/// <summary>What a <c>${{ … }}</c> expression reads from.</summary>
public enum ExpressionRoot
{
    /// <summary><c>inputs.&lt;name&gt;…</c>: the run's validated inputs.</summary>
    Inputs,

    /// <summary><c>steps.&lt;id&gt;.outputs…</c>: the outputs of an earlier step.</summary>
    Steps,

    /// <summary><c>run.&lt;field&gt;</c>: a fact about the run (see <see cref="RunExpressionFields"/>).</summary>
    Run,

    /// <summary><c>secrets.&lt;NAME&gt;</c>: a secret, resolved at run time and tracked for redaction.</summary>
    Secrets,

    /// <summary><c>event…</c>: the triggering event (only where <see cref="ExpressionParserOptions.AllowEvent"/> is set).</summary>
    Event,
}
