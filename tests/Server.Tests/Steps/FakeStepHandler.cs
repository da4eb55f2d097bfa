using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;

namespace JobForge.Server.Tests.Steps;

/// <summary>A handler whose behaviour each test sets; counts its executions.</summary>
internal sealed class FakeStepHandler(string kind, bool hasSideEffects = true) : IStepHandler
{
    private int _executions;

    public Func<StepContext, CancellationToken, Task<StepHandlerResult>> Execute { get; init; } =
        (_, _) => Task.FromResult(StepHandlerResult.Succeeded(JsonDocument.Parse("{\"ok\":true}").RootElement.Clone()));

    public Func<JsonElement, IReadOnlyList<ValidationProblem>> Validate { get; init; } = _ => [];

    public int Executions => _executions;

    public string Kind => kind;

    public string Version => "9.9.9";

    public bool HasSideEffects => hasSideEffects;

    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs) => Validate(inputs);

    public Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _executions);
        return Execute(context, cancellationToken);
    }
}
