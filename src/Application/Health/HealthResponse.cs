using JobForge.Application.Errors;

namespace JobForge.Application.Health;

/// <summary>The health report: overall status, each storage service's check, and the error envelope's body when unhealthy.</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c>.</param>
/// <param name="Checks">tables, blobs, queues.</param>
/// <param name="Error">Present when unhealthy, in the error envelope's shape.</param>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, HealthCheck> Checks, ErrorBody? Error);
