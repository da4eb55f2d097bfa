namespace JobForge.Domain.Runs;

/// <summary>Makes run ids (an injected port, so the domain stays free of clocks and randomness).</summary>
public interface IRunIdSource
{
    /// <summary>A new run id: <c>run_</c> plus a UUID v7 as 32 lowercase hex digits.</summary>
    string NewRunId();
}
