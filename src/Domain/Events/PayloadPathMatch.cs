namespace JobForge.Domain.Events;

/// <summary>How a concrete payload location relates to a <see cref="PayloadPath"/>.</summary>
internal enum PayloadPathMatch
{
    /// <summary>The location is not on the path.</summary>
    None,

    /// <summary>The location is an ancestor of values the path addresses.</summary>
    Prefix,

    /// <summary>The path addresses exactly this location.</summary>
    Full,
}
