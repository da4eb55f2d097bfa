using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>One event of a run stream.</summary>
/// <param name="EventId">The event id, to resume with (<c>Last-Event-ID</c>).</param>
/// <param name="Event"><c>run</c> for a state, <c>final</c> for a run's last one.</param>
/// <param name="Run">The whole run as it stands.</param>
public sealed record RunUpdate(string EventId, string Event, Run Run);
