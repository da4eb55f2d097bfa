namespace JobForge.Domain.Contracts;

/// <summary>What permission analysis needs to know about one step.</summary>
/// <param name="StepId">The step id, for messages.</param>
/// <param name="Handler">The handler kind (<c>http</c>, <c>command</c>, <c>publish_event</c>, <c>autopilot.module</c>, …).</param>
public sealed record StepPermissionInput(string StepId, string Handler)
{
    /// <summary>The HTTP method of an <c>http</c> step (null means GET).</summary>
    public string? Method { get; init; }

    /// <summary>The operation of an <c>autopilot.module</c> step.</summary>
    public string? Operation { get; init; }
}
