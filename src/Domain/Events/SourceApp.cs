namespace JobForge.Domain.Events;

/// <summary>The application that emitted an event. Wire names are lowercase; see <see cref="EventWireNames"/>.</summary>
public enum SourceApp
{
    /// <summary>Wire name <c>settler</c>.</summary>
    Settler,

    /// <summary>Wire name <c>aias</c>.</summary>
    Aias,

    /// <summary>Wire name <c>keys</c>.</summary>
    Keys,

    /// <summary>Wire name <c>readylayer</c>.</summary>
    ReadyLayer,

    /// <summary>Wire name <c>jobforge</c>.</summary>
    JobForge,

    /// <summary>Wire name <c>external</c>: any emitter outside the known applications.</summary>
    External,
}
