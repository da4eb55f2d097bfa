using JobForge.Domain.Runs;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Jobs;

/// <summary>What the stream handlers need, for <c>[AsParameters]</c>.</summary>
public sealed record RunStreamServices(
    IRunExecutionStore Store,
    TimeProvider Time,
    IOptions<RunStreamOptions> Options,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> Json);
