namespace JobForge.Application.Admission;

/// <summary>What a request would add, which decides the signals admission reads.</summary>
public enum AdmittedWork
{
    /// <summary>A new run: the local engine's backlog and the run store's write queue.</summary>
    Run,

    /// <summary>A new event: the event store's group-commit queue.</summary>
    Event,
}
