using JobForge.Application.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace JobForge.Functions.Http;

/// <summary>
/// Runs the server's API middleware (<see cref="ApiPipelineApplicationBuilderExtensions.UseJobForgeApiPipeline"/>:
/// security headers, error envelope, API key authentication) around every HTTP function, on the
/// <see cref="HttpContext"/> the worker's ASP.NET Core integration hands over. The worker's own ASP.NET Core pipeline
/// cannot take middleware, so the same pipeline is built once here and ends in the function invocation. Other triggers
/// (timers, orchestrations, activities) pass straight through.
/// </summary>
internal sealed class ApiPipelineMiddleware : IFunctionsWorkerMiddleware
{
    private static readonly object InvocationKey = new();
    private readonly RequestDelegate _pipeline;

    /// <summary>Builds the pipeline over the worker's root <paramref name="services"/>.</summary>
    public ApiPipelineMiddleware(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UseJobForgeApiPipeline();
        app.Run(static context => ((Func<Task>)context.Items[InvocationKey]!)());
        _pipeline = app.Build();
    }

    /// <inheritdoc />
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            return next(context);
        }

        http.Items[InvocationKey] = () => next(context);
        return _pipeline(http);
    }
}
