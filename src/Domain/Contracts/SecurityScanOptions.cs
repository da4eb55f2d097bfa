namespace JobForge.Domain.Contracts;

/// <summary>Switches and limits for <see cref="ContractSecurityScanner"/>.</summary>
public sealed record SecurityScanOptions
{
    /// <summary>The defaults.</summary>
    public static SecurityScanOptions Default { get; } = new();

    /// <summary>
    /// Whether the high-entropy rule looks at every string. By default it only looks at strings inside a property
    /// named <c>with</c> (step inputs), where literal credentials end up; other places (descriptions, schemas) are full
    /// of ids and hashes.
    /// </summary>
    public bool EntropyEverywhere { get; init; }

    /// <summary>The shortest token the high-entropy rule considers.</summary>
    public int MinEntropyTokenLength { get; init; } = 24;

    /// <summary>The most findings reported; the scan stops there.</summary>
    public int MaxFindings { get; init; } = 100;

    /// <summary>How many leading characters of each string are scanned (the rest is ignored), to bound the work.</summary>
    public int MaxScannedLength { get; init; } = 65_536;
}
