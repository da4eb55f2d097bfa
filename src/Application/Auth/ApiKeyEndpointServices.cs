using JobForge.Domain.Auth;

namespace JobForge.Application.Auth;

/// <summary>What the API key endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Store">The key store.</param>
/// <param name="Cache">This server's key cache (a revoked key leaves it at once).</param>
/// <param name="Audit">The audit trail.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The authentication logger.</param>
public sealed record ApiKeyEndpointServices(IApiKeyStore Store, ApiKeyCache Cache, AuthAudit Audit, TimeProvider Time, ILogger<ApiKeyAuthenticator> Logger);
