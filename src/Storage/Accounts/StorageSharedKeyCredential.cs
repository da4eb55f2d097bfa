using System.Security.Cryptography;
using System.Text;

namespace JobForge.Storage.Accounts;

/// <summary>
/// An account name and key for Shared Key authorization. The key never appears in <see cref="ToString"/>,
/// exceptions or logs.
/// </summary>
public sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    /// <summary>Creates a credential from the account name and its base64 account key.</summary>
    /// <exception cref="ArgumentException">The key is not valid base64.</exception>
    public StorageSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            // Never echo the key itself.
            throw new ArgumentException("The storage account key is not valid base64.", nameof(accountKey));
        }
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    /// <summary>HMAC-SHA256 of <paramref name="stringToSign"/> under the account key, base64-encoded.</summary>
    public string ComputeSignature(string stringToSign)
    {
        var bytes = Encoding.UTF8.GetBytes(stringToSign);
        return Convert.ToBase64String(HMACSHA256.HashData(_key, bytes));
    }

    /// <inheritdoc />
    public override string ToString() => $"StorageSharedKeyCredential {{ AccountName = {AccountName} }}";
}
