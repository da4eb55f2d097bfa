using System.Diagnostics;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;

namespace JobForge.Application.Errors;

/// <summary>Builds error envelopes as HTTP results, stamped with the clock and the request's trace id.</summary>
public static class ErrorResults
{
    /// <summary>The envelope for <paramref name="type"/> with <paramref name="status"/>.</summary>
    public static IResult Problem(HttpContext context, int status, ErrorType type, string message, object? details = null) =>
        TypedResults.Json(Create(context, type, message, details), statusCode: status);

    /// <summary>
    /// 400 <c>validation_failed</c>: "<paramref name="message"/>: N problem(s)." with each problem as
    /// <c>{path, code, message}</c> in <c>details</c>.
    /// </summary>
    public static IResult ValidationFailed(HttpContext context, string message, IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, $"{message}: {problems.Count} problem(s).",
            problems.Select(p => (object)new { path = p.Path, code = p.Code, message = p.Message }).ToArray());
    }

    /// <summary>The envelope body for the current request; <c>details</c> is an empty object when there is nothing to add.</summary>
    public static ErrorEnvelope Create(HttpContext context, ErrorType type, string message, object? details = null)
    {
        var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        return new ErrorEnvelope(new ErrorBody(type.Value, message, details ?? new Dictionary<string, string>(), time.GetUtcNow().ToUniversalTime(), TraceId(context)));
    }

    /// <summary>The W3C trace id of the current activity, else the request's trace identifier.</summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
}
