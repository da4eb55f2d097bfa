namespace JobForge.Storage.Publishing;

/// <summary>Where accepted events are published (<c>JobForge:Publishing:Mode</c>).</summary>
public enum PublishingMode
{
    /// <summary>
    /// No publishing: the dispatcher only shows outbox entries to its observers (event triggers) and completes them; with
    /// no observer registered no dispatcher runs and entries stay pending (switching a mode on later
    /// publishes them). The default, so a server without a broker starts.
    /// </summary>
    None = 0,

    /// <summary>A storage queue on the JobForge storage account (Azurite for local runs).</summary>
    StorageQueue = 1,

    /// <summary>A Service Bus topic, with broker duplicate detection on the event id.</summary>
    ServiceBus = 2,
}
