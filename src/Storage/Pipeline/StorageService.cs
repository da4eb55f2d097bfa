namespace JobForge.Storage.Pipeline;

/// <summary>The Azure Storage service a client speaks to; it decides the Shared Key canonicalisation.</summary>
public enum StorageService
{
    /// <summary>Blob service.</summary>
    Blob,

    /// <summary>Queue service.</summary>
    Queue,

    /// <summary>Table service.</summary>
    Table,
}
