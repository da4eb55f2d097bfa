using System.Security.Cryptography;
using System.Text;

namespace JobForge.Storage.Benchmarks;

/// <summary>The account the raw floor signs for: its endpoints and Shared Key (Azurite's well-known development key).</summary>
internal sealed record RawAccount(string AccountName, string AccountKey, Uri BlobEndpoint, Uri QueueEndpoint, Uri TableEndpoint)
{
    public string ComputeSignature(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(AccountKey), Encoding.UTF8.GetBytes(stringToSign)));
}
