namespace JobForge.Domain.Events;

/// <summary>The outcome of an append: the receipt of the stored event, or of the original when it was a duplicate.</summary>
/// <param name="Receipt">The receipt; <see cref="EventReceipt.Duplicate"/> tells which.</param>
public sealed record EventAppendResult(EventReceipt Receipt);
