using System.ComponentModel;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;
using Spectre.Console;

namespace JobForge.Cli.Commands.Templates;

/// <summary>
/// <c>jobforge templates put KEY --file contract.yaml</c>: register (or version) a job contract. A file ending in
/// <c>.json</c>, or text starting with <c>{</c>, is sent as JSON; anything else as YAML.
/// </summary>
internal sealed class TemplatesPutCommand(CliRuntime runtime) : ApiCommand<TemplatesPutCommand.Settings>(runtime)
{
    internal sealed class Settings : TemplateKeySettings
    {
        [CommandOption("-f|--file <FILE>")]
        [Description("The contract (YAML or JSON); '-' or piped input for standard input.")]
        public string? File { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var text = JsonInput.ReadText(Runtime, s.File)
            ?? throw new CliUsageException("Give the contract with --file FILE (YAML or JSON) or on standard input.");
        var isJson = (s.File?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ?? false) || text.TrimStart().StartsWith('{');
        var answer = isJson
            ? await call.Client.Templates.PutAsync(s.Key, JsonInput.ParseObject(text, s.File ?? "standard input"), cancellationToken)
            : await call.Client.Templates.PutYamlAsync(s.Key, text, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(answer, CliJsonContext.Default.JsonElement);
            return ExitCodes.Success;
        }

        Console.Out.Write(CliTable.Fields(("template_key", Field(answer, "template_key")), ("version", Field(answer, "version"))));
        if (answer.TryGetProperty("warnings", out var warnings) && warnings.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var warning in warnings.EnumerateArray())
            {
                Console.Out.WriteLine($"warning: {Field(warning, "path")}: {Field(warning, "message")}");
            }
        }

        return ExitCodes.Success;
    }

    private static string? Field(System.Text.Json.JsonElement element, string name) =>
        element.ValueKind == System.Text.Json.JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.ToString() : null;
}
