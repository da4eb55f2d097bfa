namespace JobForge.Domain.Triggers;

/// <summary>What <see cref="TriggerRequestParser"/> needs from the server.</summary>
/// <param name="NewId">The id to give a created trigger that names none.</param>
/// <param name="Now">The time of the request (<c>created_at</c> / <c>updated_at</c>).</param>
/// <param name="ResolveTimeZone">Finds an IANA time zone by name; null when unknown (the server owns the time zone database).</param>
public sealed record TriggerParseContext(string NewId, DateTimeOffset Now, Func<string, TimeZoneInfo?> ResolveTimeZone);
