using JobForge.Domain.Auth;

namespace JobForge.Application.Auth;

/// <summary>The outcome of <see cref="ApiKeyAuthenticator.AuthenticateAsync"/>: a caller, or a failure reason.</summary>
/// <param name="Caller">The authenticated caller; null on failure.</param>
/// <param name="FailureReason">One of <see cref="AuthenticationFailureReasons"/>; null on success.</param>
/// <param name="KeyId">The key id parsed from the token, when it parsed (success or failure).</param>
public sealed record ApiKeyAuthenticationResult(Caller? Caller, string? FailureReason, string? KeyId)
{
    /// <summary>A success as <paramref name="caller"/>.</summary>
    public static ApiKeyAuthenticationResult Success(Caller caller) => new(caller, null, caller.KeyId);

    /// <summary>A failure for <paramref name="reason"/>.</summary>
    public static ApiKeyAuthenticationResult Failure(string reason, string? keyId = null) => new(null, reason, keyId);
}
