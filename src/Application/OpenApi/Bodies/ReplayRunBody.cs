namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The body of <c>POST /api/v1/runs/{run_id}/replay</c>.</summary>
public sealed class ReplayRunBody
{
    /// <summary>Replay without effects (steps return their recorded outputs) and compare; must be true.</summary>
    public bool? DryRun { get; init; }
}
