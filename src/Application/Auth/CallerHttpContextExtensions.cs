using JobForge.Domain.Auth;

namespace JobForge.Application.Auth;

/// <summary>The authenticated <see cref="Caller"/> of a request, set by the API key authentication middleware.</summary>
public static class CallerHttpContextExtensions
{
    private static readonly object CallerKey = new();

    /// <summary>The caller, or null when the request carried no valid API key.</summary>
    public static Caller? GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(CallerKey, out var caller) ? caller as Caller : null;

    /// <summary>Sets the caller (authentication middleware only).</summary>
    public static void SetCaller(this HttpContext context, Caller caller) => context.Items[CallerKey] = caller;
}
