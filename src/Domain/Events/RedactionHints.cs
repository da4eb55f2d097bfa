namespace JobForge.Domain.Events;

/// <summary>
/// The client's privacy hints (wire object <c>redaction_hints</c>). Paths address values inside <c>payload</c>; see
/// <see cref="PayloadPath"/> for the syntax. A path that matches nothing in the payload is not an error.
/// </summary>
public sealed record RedactionHints
{
    /// <summary>The most paths accepted in each of <c>redact_fields</c> and <c>encrypt_fields</c>.</summary>
    public const int MaxPaths = 100;

    /// <summary>The shortest accepted <c>retention_days</c>.</summary>
    public const int MinRetentionDays = 1;

    /// <summary>The longest accepted <c>retention_days</c> (ten years).</summary>
    public const int MaxRetentionDays = 3650;

    /// <summary>Values to replace with <c>"[REDACTED]"</c> wherever the event is logged.</summary>
    public IReadOnlyList<PayloadPath> RedactFields { get; init; } = [];

    /// <summary>Values to encrypt at rest.</summary>
    public IReadOnlyList<PayloadPath> EncryptFields { get; init; } = [];

    /// <summary>How many days to keep the event, or <see langword="null"/> for the default; see <see cref="RetentionPolicy"/>.</summary>
    public int? RetentionDays { get; init; }
}
