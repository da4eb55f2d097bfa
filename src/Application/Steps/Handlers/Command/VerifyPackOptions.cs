namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// The verify pack's stages (<c>JobForge:Steps:VerifyPack:Stages:{lint|typecheck|build|test}</c>), each an
/// allow-listed executable and its arguments. A stage left out keeps its default: <c>npm run lint</c>,
/// <c>npm run typecheck</c>, <c>npm run build</c>, <c>npm test</c> (so <c>npm</c> must be in
/// <c>JobForge:Steps:Command:AllowedExecutables</c>). The <c>fast</c> pack runs lint, typecheck and build; <c>full</c>
/// adds test.
/// </summary>
public sealed class VerifyPackOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Steps:VerifyPack";

    /// <summary>The stage names, in the order they run.</summary>
    public static IReadOnlyList<string> StageNames { get; } = ["lint", "typecheck", "build", "test"];

    /// <summary>The configured stages by name; a missing one falls back to <see cref="DefaultStage"/>.</summary>
    public Dictionary<string, VerifyPackStageOptions> Stages { get; } = new(StringComparer.Ordinal);

    /// <summary>The stage <paramref name="name"/> runs: the configured one or its default.</summary>
    public VerifyPackStageOptions Stage(string name) =>
        Stages.TryGetValue(name, out var stage) && stage is not null ? stage : DefaultStage(name);

    /// <summary>The default of stage <paramref name="name"/>: <c>npm test</c> for test, else <c>npm run {name}</c>.</summary>
    public static VerifyPackStageOptions DefaultStage(string name) => new()
    {
        Executable = "npm",
        Args = name == "test" ? ["test"] : ["run", name],
    };
}
