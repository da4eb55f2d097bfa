namespace JobForge.Storage.Tables;

/// <summary>How a write treats the properties already stored on an entity.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep stored properties the new entity does not name (the <c>MERGE</c> verb).</summary>
    Merge = 0,

    /// <summary>Replace the whole entity: stored properties the new entity does not name are removed (<c>PUT</c>).</summary>
    Replace = 1,
}
