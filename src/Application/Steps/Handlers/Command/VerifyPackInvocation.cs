namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>A validated <c>with</c> of a verify pack step (<c>command: verify_pack</c>).</summary>
/// <param name="Workspace">The workspace directory relative to the workspace root.</param>
/// <param name="Pack"><c>fast</c> or <c>full</c>.</param>
internal sealed record VerifyPackInvocation(string Workspace, string Pack)
{
    /// <summary>The stages the pack runs, in order.</summary>
    public IReadOnlyList<string> Stages =>
        Pack == "full" ? VerifyPackOptions.StageNames : [.. VerifyPackOptions.StageNames.Where(stage => stage != "test")];
}
