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

    /// <summary>
    /// The attempt in flight is handed out again (same attempt number) or quarantined as poison: sent by the Durable
    /// host's recovery scan when an attempt's outcome is long overdue (a lost activity message), never by a caller.
    /// </summary>
    public const string Redeliver = "redeliver";
}
