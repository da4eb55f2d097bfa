namespace JobForge.Storage.Benchmarks;

/// <summary>The Azure Storage service a raw request goes to; it decides the Shared Key canonicalisation.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
