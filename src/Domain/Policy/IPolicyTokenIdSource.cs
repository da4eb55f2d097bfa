namespace JobForge.Domain.Policy;

/// <summary>Supplies <c>jti</c> values to token minting (the domain has no randomness of its own).</summary>
public interface IPolicyTokenIdSource
{
    /// <summary>A new, unique token id: a UUID in its 36-character hyphenated form.</summary>
    string NewTokenId();
}
