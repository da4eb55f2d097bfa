using Azure;

namespace JobForge.Storage.Tables;

/// <summary>One action of <see cref="TableClient.SubmitTransactionAsync"/>.</summary>
/// <param name="ActionType">What to do.</param>
/// <param name="Entity">The entity (for <see cref="TableTransactionActionType.Delete"/> only its keys matter).</param>
/// <param name="ETag">
/// The If-Match condition: required for the Update actions (<see cref="ETag.All"/> for any version), optional for Delete
/// (default means any version), ignored for Add and the Upserts.
/// </param>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);
