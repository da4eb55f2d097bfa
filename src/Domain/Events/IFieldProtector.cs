namespace JobForge.Domain.Events;

/// <summary>
/// Encrypts payload values at rest (<c>encrypt_fields</c>) and decrypts them for readers allowed to see PII.
/// A protected value is a string <c>enc:v1:{key id}:{base64url(nonce ‖ ciphertext ‖ tag)}</c>; the associated data binds
/// it to its tenant and event, so a ciphertext moved to another event or tenant does not decrypt.
/// </summary>
public interface IFieldProtector
{
    /// <summary>Whether a key is configured to encrypt with.</summary>
    bool CanProtect { get; }

    /// <summary>Encrypts <paramref name="plaintextJson"/> (the value's JSON text) under the active key.</summary>
    string Protect(string plaintextJson, FieldProtectionContext context);

    /// <summary>Decrypts a value made by <see cref="Protect"/> with any configured key; false when it is not one, or does not verify.</summary>
    bool TryUnprotect(string protectedValue, FieldProtectionContext context, out string plaintextJson);
}
