namespace JobForge.Domain.Contracts;

/// <summary>Limits and switches for <see cref="ExpressionParser"/>. The defaults suit step <c>with</c> values.</summary>
public sealed record ExpressionParserOptions
{
    /// <summary>The defaults: no <c>event.*</c>, 256-character expressions, 32 per string, 64 KiB strings.</summary>
    public static ExpressionParserOptions Default { get; } = new();

    /// <summary>The defaults plus <c>event.*</c>, for trigger contracts.</summary>
    public static ExpressionParserOptions ForTriggers { get; } = new() { AllowEvent = true };

    /// <summary>Whether the <c>event</c> root is accepted. Off by default: only triggers have an event.</summary>
    public bool AllowEvent { get; init; }

    /// <summary>The longest expression between <c>${{</c> and <c>}}</c>, in characters.</summary>
    public int MaxExpressionLength { get; init; } = 256;

    /// <summary>The most expressions in one string.</summary>
    public int MaxExpressionsPerString { get; init; } = 32;

    /// <summary>The longest string parsed at all; longer strings are rejected before scanning.</summary>
    public int MaxStringLength { get; init; } = 65_536;

    /// <summary>The most path steps after the root (<c>inputs.a.b[0]</c> has three).</summary>
    public int MaxPathSegments { get; init; } = 32;
}
