using JobForge.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace JobForge.Application.Errors;

/// <summary>
/// Makes sure no bare 500, HTML error page or empty 4xx escapes: a storage outage that reaches it becomes 503
/// <c>dependency_unavailable</c> with <c>Retry-After</c> (<see cref="StorageOutage"/>), other unhandled exceptions 500
/// <c>internal</c> with the trace id (the exception goes to the log, never to the client), and empty error responses get
/// an envelope.
/// </summary>
public static class ErrorEnvelopeApplicationBuilderExtensions
{
    /// <summary>Adds the exception handler and status-code envelope middleware (the server's pipeline and the Functions worker's).</summary>
    public static TBuilder UseJobForgeErrorEnvelope<TBuilder>(this TBuilder app)
        where TBuilder : IApplicationBuilder
    {
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (StorageOutage.Is(exception) || (exception is OperationCanceledException && !context.RequestAborted.IsCancellationRequested))
            {
                var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("JobForge.Application.Errors");
                ApplicationLog.StorageUnavailable(log, context.Request.Method, context.Request.Path, ErrorResults.TraceId(context), exception!.GetType().Name);
                await StorageOutage.WriteAsync(context);
                return;
            }

            var (status, type, message) = exception switch
            {
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                    (413, ErrorType.PayloadTooLarge, "The request body is too large."),
                BadHttpRequestException bad => (bad.StatusCode, ErrorType.ValidationFailed, "The request is malformed."),
                _ => (500, ErrorType.Internal, "An unexpected error occurred. Quote the trace_id when reporting it."),
            };
            if (status >= 500)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("JobForge.Application.Errors");
                ApplicationLog.UnhandledException(logger, context.Request.Method, context.Request.Path, ErrorResults.TraceId(context), exception);
            }

            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(ErrorResults.Create(context, type, message));
        }));

        app.UseStatusCodePages(async pages =>
        {
            var context = pages.HttpContext;
            var status = context.Response.StatusCode;
            var (type, message) = status switch
            {
                404 => (ErrorType.NotFound, "No such route."),
                405 => (ErrorType.MethodNotAllowed, "The method is not allowed on this route."),
                413 => (ErrorType.PayloadTooLarge, "The request body is too large."),
                415 => (ErrorType.UnsupportedMediaType, "The content type is not supported; send application/json."),
                401 => (ErrorType.Unauthorized, "Authentication is required."),
                403 => (ErrorType.Forbidden, "Not allowed."),
                >= 500 => (ErrorType.Internal, "An unexpected error occurred. Quote the trace_id when reporting it."),
                _ => (ErrorType.ValidationFailed, "The request was rejected."),
            };
            await context.Response.WriteAsJsonAsync(ErrorResults.Create(context, type, message));
        });
        return app;
    }
}
