using System.Text;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Shared access signature authorization for Service Bus: either a key name and key, from which the client issues
/// short-lived signatures and renews them before they expire, or an already-issued signature used as given until it
/// expires. The key is never shown by <see cref="ToString"/>.
/// </summary>
public sealed class ServiceBusSharedAccessSignatureCredential
{
    /// <summary>The longest key name or key Service Bus accepts.</summary>
    public const int MaxKeyLength = 256;

    private readonly byte[]? _key;
    private readonly ServiceBusSignatureToken? _issued;

    /// <summary>A credential for the policy <paramref name="keyName"/> with key <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The name or key is empty or longer than 256 characters.</exception>
    public ServiceBusSharedAccessSignatureCredential(string keyName, string key)
    {
        if (string.IsNullOrEmpty(keyName) || keyName.Length > MaxKeyLength)
        {
            throw new ArgumentException("The shared access key name must be 1 to 256 characters.", nameof(keyName));
        }

        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            throw new ArgumentException("The shared access key must be 1 to 256 characters.", nameof(key));
        }

        KeyName = keyName;
        _key = Encoding.UTF8.GetBytes(key);
    }

    private ServiceBusSharedAccessSignatureCredential(ServiceBusSignatureToken issued)
    {
        KeyName = issued.KeyName;
        _issued = issued;
    }

    /// <summary>The shared access policy (key) name, the signature's <c>skn</c>.</summary>
    public string KeyName { get; }

    /// <summary>When an issued signature expires; null when the credential holds a key and renews its own signatures.</summary>
    public DateTimeOffset? SignatureExpiresOn => _issued?.ExpiresOn;

    /// <summary>
    /// A credential from an issued signature (<c>SharedAccessSignature sr=…&amp;sig=…&amp;se=…&amp;skn=…</c>). It cannot be
    /// renewed: sends after its <c>se</c> fail with <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <exception cref="FormatException">The signature is malformed (the message does not repeat it).</exception>
    public static ServiceBusSharedAccessSignatureCredential FromSignature(string sharedAccessSignature) =>
        ServiceBusSignatureToken.TryParse(sharedAccessSignature, out var token, out var error)
            ? new ServiceBusSharedAccessSignatureCredential(token)
            : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => _issued is null
        ? $"ServiceBusSharedAccessSignatureCredential(KeyName={KeyName})"
        : $"ServiceBusSharedAccessSignatureCredential(KeyName={KeyName}, issued, expires {_issued.ExpiresOn:O})";

    /// <summary>A signature for <paramref name="resource"/> valid until <paramref name="expiresOn"/>, or the issued one.</summary>
    /// <exception cref="InvalidOperationException">The issued signature has expired at <paramref name="now"/>.</exception>
    internal ServiceBusSignatureToken GetToken(string resource, DateTimeOffset now, DateTimeOffset expiresOn)
    {
        if (_issued is not null)
        {
            return _issued.ExpiresOn > now
                ? _issued
                : throw new InvalidOperationException(
                    $"The Service Bus shared access signature for key '{KeyName}' expired at {_issued.ExpiresOn:O}; issue a new one or configure the key.");
        }

        return ServiceBusSignatureToken.Create(resource, KeyName, _key!, expiresOn);
    }
}
