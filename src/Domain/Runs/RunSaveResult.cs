namespace JobForge.Domain.Runs;

/// <summary>The outcome of a conditional save: saved with a new version, or refused because the stored version changed.</summary>
/// <param name="Saved">Whether it was written.</param>
/// <param name="Version">The new version when saved; null otherwise.</param>
public sealed record RunSaveResult(bool Saved, string? Version)
{
    /// <summary>A refused save: someone else wrote first.</summary>
    public static RunSaveResult Conflict { get; } = new(false, null);
}
