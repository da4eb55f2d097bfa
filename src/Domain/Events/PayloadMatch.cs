using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>A value found by <see cref="PayloadPaths.Select"/>.</summary>
/// <param name="Location">
/// The concrete location in <see cref="PayloadPath"/> syntax, wildcards resolved (<c>items[2].card</c>).
/// </param>
/// <param name="Value">The value; it belongs to the searched payload's document.</param>
public sealed record PayloadMatch(string Location, JsonElement Value);
