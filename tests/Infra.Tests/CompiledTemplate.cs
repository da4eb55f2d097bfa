namespace JobForge.Infra.Tests;

/// <summary>main.bicep compiled to ARM JSON once per test run (modules are nested inside it).</summary>
public static class CompiledTemplate
{
    private static readonly Lazy<Task<string>> Main = new(BuildMainAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ARM JSON of main.bicep.</summary>
    public static Task<string> MainAsync() => Main.Value;

    private static async Task<string> BuildMainAsync()
    {
        var result = await BicepCli.RunAsync(InfraPaths.Bicep, "build", "main.bicep", "--stdout");
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException(result.Describe());
    }
}
