using JobForge.Cli.Output;
using JobForge.Cli.Rendering;

namespace JobForge.Cli.Commands.Templates;

/// <summary><c>jobforge templates disable KEY</c>: switch the template for the tenant (audited).</summary>
internal sealed class TemplatesDisableCommand(CliRuntime runtime) : ApiCommand<TemplateKeySettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<TemplateKeySettings> call, CancellationToken cancellationToken)
    {
        var result = await call.Client.Templates.DisableAsync(call.Settings.Key, call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(result, CliJsonContext.Default.TemplateSwitch);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("template_key", result.TemplateKey), ("tenant_id", result.TenantId), ("enabled", result.Enabled ? "yes" : "no")));
        }

        return ExitCodes.Success;
    }
}
