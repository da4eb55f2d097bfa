using JobForge.Domain.Errors;
using JobForge.Domain.Templates;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;

namespace JobForge.Application.Templates;

public static partial class TemplateEndpoints
{
    /// <summary>
    /// Enables a template for the tenant, audited as <c>template_enabled</c>. 409 <c>conflict</c> naming the missing
    /// <c>JobForge:Modules:…</c> setting when a module the template calls is not configured; 403 <c>feature_disabled</c>
    /// for the verify pack while <c>VERIFY_PACK_ENABLED</c> is off.
    /// </summary>
    public static Task<IResult> EnableAsync(HttpContext context, string key, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken) =>
        SwitchAsync(context, key, enabled: true, services, cancellationToken);

    /// <summary>Disables a template for the tenant, audited as <c>template_disabled</c>. Always allowed.</summary>
    public static Task<IResult> DisableAsync(HttpContext context, string key, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken) =>
        SwitchAsync(context, key, enabled: false, services, cancellationToken);

    private static async Task<IResult> SwitchAsync(HttpContext context, string key, bool enabled, TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (ResolveTenant(context, s_listParameters, out var tenantId) is { } rejected)
        {
            return rejected;
        }

        if (await services.Catalog.GetAsync(tenantId, key, null, cancellationToken) is not { } entry)
        {
            return NotFound(context, key);
        }

        var action = enabled ? "template_enabled" : "template_disabled";
        var details = new Dictionary<string, string> { ["template_key"] = key, ["version"] = entry.Template.Version };
        if (enabled && Precondition(context, entry.Template, services) is { } denied)
        {
            services.Audit.Record(context, tenantId, action, "deny", denied.Reason, details);
            return denied.Result;
        }

        var caller = context.GetCaller()!;
        await services.Store.SetEnablementAsync(
            new TemplateEnablement(tenantId, key, enabled, services.Time.GetUtcNow(), caller.KeyId), cancellationToken);
        services.Audit.Record(context, tenantId, action, "allow", enabled ? "enabled" : "disabled", details);
        return TypedResults.Ok(new TemplateSwitchResponse(key, tenantId, enabled));
    }

    private static (IResult Result, string Reason)? Precondition(HttpContext context, JobTemplate template, TemplateEndpointServices services)
    {
        if (template.TemplateKey == BuiltInTemplates.VerifyPackKey
            && FeatureGate.Check(context, services.Flags.Current.VerifyPackEnabled, FeatureFlagNames.VerifyPack) is { } off)
        {
            return (off, "feature_disabled");
        }

        foreach (var module in template.Modules)
        {
            if (services.Modules.MissingSetting(module) is { } missing)
            {
                var result = ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    $"Template '{template.TemplateKey}' calls the {module} module, which is not configured: set '{missing}'.",
                    new { module, missing_setting = missing });
                return (result, "module_not_configured");
            }
        }

        return null;
    }
}
