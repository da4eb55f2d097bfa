using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The slice of a <see cref="FunctionContext"/> the HTTP path uses: instance services and the <see cref="HttpContext"/>
/// the ASP.NET Core integration stores in <see cref="Items"/> (under the key its <c>GetHttpContext()</c> reads).
/// </summary>
internal sealed class InvocationContext : FunctionContext
{
    /// <summary>The item key of the worker's ASP.NET Core integration (FunctionsHttpProxyingMiddleware).</summary>
    public const string HttpContextKey = "HttpRequestContext";

    public InvocationContext(IServiceProvider services, HttpContext http)
    {
        InstanceServices = services;
        Items = new Dictionary<object, object> { [HttpContextKey] = http };
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => throw new NotSupportedException();

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; }

    public override IInvocationFeatures Features => throw new NotSupportedException();
}
