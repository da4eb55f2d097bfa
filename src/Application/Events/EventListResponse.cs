using System.Text.Json;

namespace JobForge.Application.Events;

/// <summary>A page of events, newest first, and the cursor of the next page (absent at the end).</summary>
/// <param name="Events">Each event as stored, with encrypted and redacted fields shown per the caller's <c>events:pii</c> scope.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to read the next page.</param>
public sealed record EventListResponse(IReadOnlyList<JsonElement> Events, string? NextCursor);
