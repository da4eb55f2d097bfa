namespace JobForge.Domain.Events;

/// <summary>The module within the source application that emitted an event. Wire names: see <see cref="EventWireNames"/>.</summary>
public enum SourceModule
{
    /// <summary>Wire name <c>ops</c>.</summary>
    Ops,

    /// <summary>Wire name <c>support</c>.</summary>
    Support,

    /// <summary>Wire name <c>growth</c>.</summary>
    Growth,

    /// <summary>Wire name <c>finops</c>.</summary>
    FinOps,

    /// <summary>Wire name <c>core</c>.</summary>
    Core,
}
