namespace JobForge.Application.Auth;

/// <content><c>POST /api/v1/api-keys/{key_id}/revoke</c> and <c>DELETE /api/v1/api-keys/{key_id}</c>.</content>
public static partial class ApiKeyEndpoints
{
    /// <summary>
    /// Revokes a key: 200 with <c>revoked_at</c> (the first revocation time when repeated); 404 when unknown or not
    /// visible. This server stops accepting it at once, others within <see cref="ApiKeyAuthOptions.KeyCacheDuration"/>.
    /// </summary>
    public static async Task<IResult> RevokeKey(HttpContext context, string key_id, [AsParameters] ApiKeyEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var visible = await FindVisibleAsync(context, key_id, services);
        if (visible is null)
        {
            return KeyNotFound(context);
        }

        var revoked = await services.Store.RevokeAsync(visible.KeyId, services.Time.GetUtcNow(), context.RequestAborted);
        if (revoked is null)
        {
            return KeyNotFound(context);
        }

        services.Cache.Remove(revoked.KeyId);
        if (!visible.IsRevoked)
        {
            AuthLog.KeyRevoked(services.Logger, revoked.KeyId, caller.KeyId);
            await services.Audit.RecordAsync(KeyAudit(context, revoked, caller.KeyId, "api_key_revoked", "revoked", services.Time));
        }

        return TypedResults.Ok(ApiKeyView.From(revoked));
    }
}
