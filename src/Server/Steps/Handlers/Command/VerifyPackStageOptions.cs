namespace JobForge.Server.Steps.Handlers.Command;

/// <summary>One verify pack stage: what it runs.</summary>
public sealed class VerifyPackStageOptions
{
    /// <summary>A key of <c>JobForge:Steps:Command:AllowedExecutables</c>.</summary>
    public string? Executable { get; set; }

    /// <summary>The arguments (no shell: each is passed as is).</summary>
    public string[]? Args { get; set; }
}
