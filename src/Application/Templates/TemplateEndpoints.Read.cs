using System.Text.Json.Nodes;
using JobForge.Domain.Templates;

namespace JobForge.Application.Templates;

public static partial class TemplateEndpoints
{
    private static readonly string[] s_listParameters = ["tenant_id"];
    private static readonly string[] s_getParameters = ["tenant_id", "version"];

    /// <summary>Lists every template's latest version with <c>enabled</c> for the tenant.</summary>
    public static async Task<IResult> ListAsync(HttpContext context, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (ResolveTenant(context, s_listParameters, out var tenantId) is { } rejected)
        {
            return rejected;
        }

        var entries = await services.Catalog.ListAsync(tenantId, cancellationToken);
        return TypedResults.Ok(new TemplateListResponse(tenantId, entries.Select(TemplateSummaryResponse.From).ToList()));
    }

    /// <summary>Shows one template (latest, or <c>version</c>) with its schemas and steps and <c>enabled</c> for the tenant.</summary>
    public static async Task<IResult> GetAsync(HttpContext context, string key, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (ResolveTenant(context, s_getParameters, out var tenantId) is { } rejected)
        {
            return rejected;
        }

        var version = context.Request.Query.TryGetValue("version", out var given) ? given.ToString() : null;
        if (await services.Catalog.GetAsync(tenantId, key, version, cancellationToken) is not { } entry)
        {
            return NotFound(context, key);
        }

        var body = (JsonObject)JsonNode.Parse(JobTemplateJson.ToJsonString(entry.Template), documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1024 })!;
        body["tenant_id"] = tenantId;
        body["enabled"] = entry.Enabled;
        body["built_in"] = entry.IsBuiltIn;
        return TypedResults.Ok(body);
    }
}
