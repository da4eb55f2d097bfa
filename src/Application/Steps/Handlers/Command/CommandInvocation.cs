namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>A validated <c>with</c> of a plain command step.</summary>
/// <param name="Executable">The allow-list key.</param>
/// <param name="Args">The arguments.</param>
/// <param name="WorkingDirectory">The working directory relative to the workspace root ("" for the root).</param>
/// <param name="Environment">The step's own environment variables.</param>
internal sealed record CommandInvocation(
    string Executable, IReadOnlyList<string> Args, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The indices of the arguments the template declared paths (<c>path_args</c>).</summary>
    public IReadOnlySet<int> PathArgs { get; init; } = new HashSet<int>();

    /// <summary>Whether the template let the step use the network (<c>network: true</c>).</summary>
    public bool Network { get; init; }
}
