namespace JobForge.Domain.Runs;

/// <summary>The kinds of <see cref="RunSignal"/>.</summary>
public static class RunSignalKinds
{
    /// <summary>An approval.</summary>
    public const string Approve = "approve";

    /// <summary>A rejection.</summary>
    public const string Reject = "reject";

    /// <summary>A cancel (optionally with rollback).</summary>
    public const string Cancel = "cancel";

    /// <summary>A manual rollback of a succeeded run.</summary>
    public const string Rollback = "rollback";
}
