using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;

namespace JobForge.Cli.Commands.Templates;

/// <summary><c>jobforge templates list</c>: the tenant's templates with their enabled state.</summary>
internal sealed class TemplatesListCommand(CliRuntime runtime) : ApiCommand<TenantSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<TenantSettings> call, CancellationToken cancellationToken)
    {
        var list = await call.Client.Templates.ListAsync(call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(list, CliJsonContext.Default.TemplateList);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Key", "Version", "Category", "Action", "Enabled", "Built in", "Name");
        foreach (var t in list.Templates)
        {
            table.Row(t.TemplateKey, t.Version, t.Category, t.IsActionJob ? "yes" : "no", t.Enabled ? "yes" : "no", t.BuiltIn ? "yes" : "no", t.Name);
        }

        Console.Out.Write(table);
        return ExitCodes.Success;
    }
}
