using Azure;

namespace JobForge.Storage.Tables;

/// <summary>The outcome of one action of a committed transaction, in submission order.</summary>
/// <param name="Status">The action's HTTP status (204 for each action, since the client asks for no content).</param>
/// <param name="ETag">The entity's new ETag; default for a Delete.</param>
public sealed record TableTransactionActionResult(int Status, ETag ETag);
