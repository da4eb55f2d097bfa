namespace JobForge.Domain.Templates;

/// <summary>
/// The handler-kind vocabulary: what a step's <c>uses</c> may name. <c>http</c> calls a URL; <c>publish_event</c>
/// publishes an event envelope; <c>command</c> runs a named command of a worker (e.g. the verify pack's lint/build/test);
/// <c>delay</c> waits; <c>approval</c> waits for a human approval; <c>transform</c> reshapes data with expressions;
/// <c>autopilot.module</c> calls an autopilot module's operation endpoint (<c>with: {module, operation, input}</c>).
/// </summary>
public static class HandlerKinds
{
    /// <summary>An HTTP call.</summary>
    public const string Http = "http";

    /// <summary>Publishes an event.</summary>
    public const string PublishEvent = "publish_event";

    /// <summary>Runs a named worker command.</summary>
    public const string Command = "command";

    /// <summary>Waits for a duration.</summary>
    public const string Delay = "delay";

    /// <summary>Waits for an approval.</summary>
    public const string Approval = "approval";

    /// <summary>Reshapes data.</summary>
    public const string Transform = "transform";

    /// <summary>Calls an autopilot module's operation (configured under <c>JobForge:Modules:{module}</c>).</summary>
    public const string AutopilotModule = "autopilot.module";

    /// <summary>Every handler kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Http, PublishEvent, Command, Delay, Approval, Transform, AutopilotModule];
}
