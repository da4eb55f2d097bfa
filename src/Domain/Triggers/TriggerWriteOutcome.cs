namespace JobForge.Domain.Triggers;

/// <summary>What a trigger write did.</summary>
public enum TriggerWriteOutcome
{
    /// <summary>Written.</summary>
    Written,

    /// <summary>Create: a trigger with the id exists already.</summary>
    AlreadyExists,

    /// <summary>Update: no such trigger.</summary>
    NotFound,

    /// <summary>Update: the version given is not the stored one.</summary>
    VersionMismatch,
}
