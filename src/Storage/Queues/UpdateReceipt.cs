namespace JobForge.Storage.Queues;

/// <summary>What Update Message returns: the message's new pop receipt (the old one is no longer valid) and visibility.</summary>
/// <param name="PopReceipt">The pop receipt for the next update or delete.</param>
/// <param name="NextVisibleOn">When the message becomes visible again.</param>
public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
