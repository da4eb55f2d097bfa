namespace JobForge.Storage.Tables;

/// <summary>What one action of an entity group transaction does (the same verbs as the single-entity methods).</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails with 409 EntityAlreadyExists when the keys are taken.</summary>
    Add = 0,

    /// <summary>Insert Or Replace (PUT without If-Match).</summary>
    UpsertReplace = 1,

    /// <summary>Insert Or Merge (MERGE without If-Match).</summary>
    UpsertMerge = 2,

    /// <summary>Replace an existing entity (PUT with If-Match: the action's ETag, which must be given).</summary>
    UpdateReplace = 3,

    /// <summary>Merge into an existing entity (MERGE with If-Match: the action's ETag, which must be given).</summary>
    UpdateMerge = 4,

    /// <summary>Delete (DELETE with If-Match: the action's ETag, or <c>*</c> when it is default).</summary>
    Delete = 5,
}
