namespace JobForge.Application.Auth;

/// <summary>The answer of <c>GET /api/v1/api-keys</c>.</summary>
/// <param name="Keys">The keys, ordered by id.</param>
public sealed record ApiKeyListView(IReadOnlyList<ApiKeyView> Keys);
