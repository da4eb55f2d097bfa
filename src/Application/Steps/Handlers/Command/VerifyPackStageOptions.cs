namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>One verify pack stage: what it runs.</summary>
public sealed class VerifyPackStageOptions
{
    /// <summary>A key of <c>JobForge:Steps:Command:AllowedExecutables</c>.</summary>
    public string? Executable { get; set; }

    /// <summary>The arguments (no shell: each is passed as is).</summary>
    public string[]? Args { get; set; }

    /// <summary>Whether the stage may use the network inside the sandbox (e.g. a package restore); default false.</summary>
    public bool Network { get; set; }
}
