using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Auth;

namespace JobForge.Application.Auth;

/// <summary>
/// Key material: ids and secrets from <see cref="RandomNumberGenerator"/>, the stored SHA-256 of a secret, and
/// constant-time comparison (<see cref="CryptographicOperations.FixedTimeEquals"/>) of what a caller presents.
/// A plain SHA-256 suffices: the secret is 256 random bits, so there is nothing to brute-force or look up.
/// </summary>
public static class ApiKeySecrets
{
    /// <summary>A new public key id: 64 random bits as 16 lowercase hex characters.</summary>
    public static string NewKeyId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(ApiKeyToken.KeyIdLength / 2));

    /// <summary>A new secret: 256 random bits as 43 base64url characters.</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The value stored for <paramref name="secret"/>: its SHA-256 as lowercase hex.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(storedHash);
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        if (storedHash.Length != SHA256.HashSizeInBytes * 2
            || Convert.FromHexString(storedHash, expected, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != expected.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(secret), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Whether <paramref name="presented"/> equals <paramref name="expected"/>, in time that depends on neither value:
    /// both are hashed first, so even their lengths do not leak.
    /// </summary>
    public static bool EqualsConstantTime(string presented, string expected)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(expected);
        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
