using JobForge.Domain.Events;

namespace JobForge.Storage.Events;

/// <summary>
/// Checks an append's keys before it joins a batch, so one malformed append fails alone instead of failing the whole
/// batch it would have shared with other callers.
/// </summary>
internal static class EventAppendGuard
{
    /// <exception cref="ArgumentException">The tenant id, event id or event type cannot be a key, or the message belongs to another event.</exception>
    public static void Validate(EventAppend append)
    {
        ArgumentNullException.ThrowIfNull(append);
        var stored = append.Event ?? throw new ArgumentException("The append has no event.", nameof(append));
        if (!StorageSafeId.IsValid(stored.TenantId, StorageSafeId.MaxScopeIdLength))
        {
            throw new ArgumentException("The tenant id must be 1-64 of " + StorageSafeId.AllowedCharactersDescription + ".", nameof(append));
        }

        if (!StorageSafeId.IsValid(stored.EventId, StorageSafeId.MaxEventIdLength))
        {
            throw new ArgumentException("The event id must be 1-255 of " + StorageSafeId.AllowedCharactersDescription + ".", nameof(append));
        }

        if (!EventTypeName.IsValid(stored.EventType))
        {
            throw new ArgumentException("The event type is not valid: " + EventTypeName.RuleDescription + ".", nameof(append));
        }

        ArgumentNullException.ThrowIfNull(stored.DocumentJson, nameof(append));
        var message = append.Message ?? throw new ArgumentException("The append has no outbox message.", nameof(append));
        ArgumentNullException.ThrowIfNull(message.BodyJson, nameof(append));
    }
}
