using System.Text;

namespace JobForge.Domain.Policy;

/// <summary>
/// The HMAC secrets for policy tokens, in order: the first signs, every one verifies (so a secret can be rotated in
/// before it signs, and kept for verification until its tokens expire). Keys are the secrets' UTF-8 bytes.
/// </summary>
public sealed class PolicyTokenKeyRing
{
    private readonly byte[][] _keys;

    /// <summary>A ring of <paramref name="secrets"/>; blank entries are ignored.</summary>
    public PolicyTokenKeyRing(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _keys = secrets.Where(secret => !string.IsNullOrWhiteSpace(secret))
            .Select(secret => Encoding.UTF8.GetBytes(secret.Trim()))
            .ToArray();
    }

    /// <summary>Whether any secret is configured.</summary>
    public bool IsConfigured => _keys.Length > 0;

    /// <summary>How many secrets verify.</summary>
    public int Count => _keys.Length;

    /// <summary>The signing key (the first secret).</summary>
    /// <exception cref="InvalidOperationException">No secret is configured.</exception>
    public ReadOnlySpan<byte> SigningKey =>
        _keys.Length > 0 ? _keys[0] : throw new InvalidOperationException("No policy token secret is configured.");

    /// <summary>The verification keys, signing key first.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> VerificationKeys => _keys.Select(key => (ReadOnlyMemory<byte>)key);
}
