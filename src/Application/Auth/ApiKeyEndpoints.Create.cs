using JobForge.Domain.Audit;
using JobForge.Domain.Auth;
using JobForge.Application.Json;

namespace JobForge.Application.Auth;

/// <content><c>POST /api/v1/api-keys</c>.</content>
public static partial class ApiKeyEndpoints
{
    /// <summary>The largest create-key body accepted: 64 KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const int MaxIdAttempts = 3;

    /// <summary>
    /// Creates a key from <c>{"name", "tenant_id" (or "*"), "scopes"}</c>; 201 with the key shown this once. Only its
    /// SHA-256 is stored.
    /// </summary>
    public static async Task<IResult> CreateKey(HttpContext context, [AsParameters] ApiKeyEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (document, error) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, context.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        ApiKeyCreateParseResult parsed;
        using (document)
        {
            parsed = ApiKeyCreateRequestParser.Parse(document!.RootElement);
        }

        if (!parsed.IsValid)
        {
            return ValidationFailed(context, parsed.Problems);
        }

        var request = parsed.Request;
        if (!caller.IsAllTenants && request.TenantId != caller.TenantId)
        {
            return Forbidden(context, "The API key may create keys only for its own tenant.");
        }

        var notHeld = request.Scopes.Where(scope => !caller.HasScope(scope)).ToList();
        if (notHeld.Count > 0)
        {
            return Forbidden(context, "A key can grant only scopes it holds itself.", new { scopes_not_held = notHeld });
        }

        for (var attempt = 1; ; attempt++)
        {
            var secret = ApiKeySecrets.NewSecret();
            var record = new ApiKeyRecord(ApiKeySecrets.NewKeyId(), request.Name, request.TenantId, request.Scopes,
                ApiKeySecrets.Hash(secret), services.Time.GetUtcNow());
            if (await services.Store.CreateAsync(record, context.RequestAborted))
            {
                AuthLog.KeyCreated(services.Logger, record.KeyId, record.TenantText, caller.KeyId);
                await services.Audit.RecordAsync(KeyAudit(context, record, caller.KeyId, "api_key_created", "created", services.Time));
                context.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/v1/api-keys/{record.KeyId}", new ApiKeyCreatedView(
                    record.KeyId, ApiKeyToken.Format(record.KeyId, secret), record.Name, record.TenantText, record.Scopes, record.CreatedAt));
            }

            if (attempt == MaxIdAttempts)
            {
                throw new InvalidOperationException("Could not find an unused API key id in three attempts.");
            }
        }
    }

    private static AuditRecord KeyAudit(HttpContext context, ApiKeyRecord record, string callerKeyId, string action, string reason, TimeProvider time) =>
        new(record.TenantId ?? AuditRecord.SystemTenant, action, "allow", reason, time.GetUtcNow(),
            KeyId: callerKeyId, TraceId: Errors.ErrorResults.TraceId(context),
            Details: new Dictionary<string, string> { ["api_key_id"] = record.KeyId });
}
