namespace JobForge.Storage.Protection;

/// <summary>
/// Keys for encrypting event fields at rest, bound from <c>JobForge:Events:Encryption</c>. Rotation: add a new key, make
/// it <see cref="ActiveKeyId"/>; the old keys keep decrypting what they encrypted.
/// </summary>
public sealed class FieldProtectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Events:Encryption";

    /// <summary>The id of the key new values are encrypted with (<c>JobForge:Events:Encryption:ActiveKeyId</c>).</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>
    /// Key id → base64 of 32 random bytes (AES-256), e.g. <c>JobForge:Events:Encryption:Keys:k2026a</c>. Keep them in Key
    /// Vault references or environment variables, never in a committed file.
    /// </summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
}
