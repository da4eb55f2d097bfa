namespace JobForge.Domain.Events;

/// <summary>What <see cref="JsonTreeRewriter"/> does with one value.</summary>
internal enum RewriteDecision
{
    /// <summary>Copy the value and everything under it without asking again.</summary>
    Copy,

    /// <summary>Copy the container but ask again for each child.</summary>
    Descend,

    /// <summary>Write the replacement instead of the value.</summary>
    Replace,
}
