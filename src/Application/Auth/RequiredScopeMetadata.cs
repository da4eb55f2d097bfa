namespace JobForge.Application.Auth;

/// <summary>Endpoint metadata saying a route checks its caller (and which scope); an architecture test requires it on every <c>/api/v1</c> route.</summary>
/// <param name="Scope">The required scope; null when any valid key will do.</param>
public sealed record RequiredScopeMetadata(string? Scope);
