using JobForge.Client.Models;

namespace JobForge.Mcp;

/// <summary>What <c>jobforge.jobs.watch</c> returns: the run, and whether it finished before the wait ended.</summary>
/// <param name="Finished">True when the run reached a final status; false when <c>timeout_seconds</c> passed first.</param>
/// <param name="Run">The run: its final state, or its latest state when the wait timed out.</param>
internal sealed record RunWatchResult(bool Finished, Run Run);
