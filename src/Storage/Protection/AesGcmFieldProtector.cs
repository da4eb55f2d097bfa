using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Events;

namespace JobForge.Storage.Protection;

/// <summary>
/// AES-256-GCM field protection: a fresh 96-bit random nonce per value, a 128-bit tag, and associated data binding the
/// value to tenant, event and path. Format: <c>enc:v1:{keyId}:{base64url(nonce ‖ ciphertext ‖ tag)}</c>.
/// </summary>
public sealed class AesGcmFieldProtector : IFieldProtector
{
    /// <summary>The prefix of every protected value.</summary>
    public const string Prefix = "enc:v1:";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int MaxProtectedLength = 1024 * 1024;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string? _activeKeyId;

    /// <summary>Creates a protector over validated <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A key is not base64 of 32 bytes, a key id is malformed, or the active key is missing; the message names the setting.</exception>
    public AesGcmFieldProtector(FieldProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!FieldProtectionOptionsValidator.TryReadKeys(options, out var keys, out var error))
        {
            throw new ArgumentException(error, nameof(options));
        }

        _keys = keys;
        _activeKeyId = string.IsNullOrWhiteSpace(options.ActiveKeyId) ? null : options.ActiveKeyId;
    }

    /// <inheritdoc />
    public bool CanProtect => _activeKeyId is not null;

    /// <inheritdoc />
    public string Protect(string plaintextJson, FieldProtectionContext context)
    {
        ArgumentNullException.ThrowIfNull(plaintextJson);
        ArgumentNullException.ThrowIfNull(context);
        var keyId = _activeKeyId ?? throw new InvalidOperationException(
            "No encryption key is active: set 'JobForge:Events:Encryption:ActiveKeyId' and its key.");
        var plaintext = Encoding.UTF8.GetBytes(plaintextJson);
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[keyId], TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length),
                sealedBytes.AsSpan(NonceBytes + plaintext.Length), Encoding.UTF8.GetBytes(context.AssociatedData));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        return Prefix + keyId + ":" + Base64Url(sealedBytes);
    }

    /// <inheritdoc />
    public bool TryUnprotect(string protectedValue, FieldProtectionContext context, out string plaintextJson)
    {
        plaintextJson = string.Empty;
        if (protectedValue is null || context is null || protectedValue.Length > MaxProtectedLength
            || !protectedValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = protectedValue.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || !_keys.TryGetValue(rest[..colon].ToString(), out var key)
            || !TryFromBase64Url(rest[(colon + 1)..], out var sealedBytes) || sealedBytes.Length < NonceBytes + TagBytes)
        {
            return false;
        }

        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length),
                sealedBytes.AsSpan(NonceBytes + length), plaintext, Encoding.UTF8.GetBytes(context.AssociatedData));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        plaintextJson = Encoding.UTF8.GetString(plaintext);
        return true;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(ReadOnlySpan<char> text, out byte[] bytes)
    {
        var padded = text.ToString().Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        bytes = new byte[padded.Length * 3 / 4];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
