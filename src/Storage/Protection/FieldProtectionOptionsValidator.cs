using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Protection;

/// <summary>Fails start-up when an encryption key is malformed or the active key is missing, naming the setting.</summary>
public sealed class FieldProtectionOptionsValidator : IValidateOptions<FieldProtectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FieldProtectionOptions options) =>
        TryReadKeys(options, out _, out var error) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error);

    /// <summary>Decodes the keys; false with a message naming the bad setting (never its value).</summary>
    public static bool TryReadKeys(
        FieldProtectionOptions options, out Dictionary<string, byte[]> keys, [NotNullWhen(false)] out string? error)
    {
        keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (keyId, base64) in options.Keys)
        {
            if (keyId.Length is 0 or > 32 || !keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                error = "Encryption key ids under 'JobForge:Events:Encryption:Keys' are 1-32 letters, digits, '-' or '_'.";
                return false;
            }

            var bytes = new byte[48];
            if (!Convert.TryFromBase64String(base64 ?? string.Empty, bytes, out var written) || written != 32)
            {
                error = $"'JobForge:Events:Encryption:Keys:{keyId}' must be base64 of exactly 32 random bytes (AES-256).";
                return false;
            }

            keys[keyId] = bytes[..32];
        }

        if (!string.IsNullOrWhiteSpace(options.ActiveKeyId) && !keys.ContainsKey(options.ActiveKeyId))
        {
            error = $"'JobForge:Events:Encryption:ActiveKeyId' names '{options.ActiveKeyId}', which is not under 'JobForge:Events:Encryption:Keys'.";
            return false;
        }

        error = null;
        return true;
    }
}
