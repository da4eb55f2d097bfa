using JobForge.Client.Models;

namespace JobForge.Cli.Output;

/// <summary>One line of <c>jobs watch --json</c>: the stream event (<c>run</c> or <c>final</c>), its id and the run as it stands.</summary>
internal sealed record WatchLine(string Event, string EventId, Run Run);
