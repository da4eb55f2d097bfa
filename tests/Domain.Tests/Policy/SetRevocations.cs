using JobForge.Domain.Policy;

namespace JobForge.Domain.Tests.Policy;

/// <summary>A minimal revocation list for validator tests.</summary>
internal sealed class SetRevocations : IPolicyTokenRevocations
{
    public HashSet<string> Revoked { get; } = new(StringComparer.Ordinal);

    public Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default) => Task.FromResult<PolicyTokenRecord?>(null);

    public Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Revoked.Add(record.Jti);
        return Task.FromResult(record with { RevokedAt = at });
    }

    public Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default) => Task.FromResult(Revoked.Contains(jti));

    public Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
