using JobForge.Domain.Auth;
using JobForge.Application.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Server.Tests.Audit;

/// <summary>
/// Test-only authentication: <c>X-Test-Caller: keyId;tenant;scope,scope</c> (tenant <c>*</c> for every tenant) becomes
/// the request's caller, standing in for the API key middleware.
/// </summary>
internal sealed class TestCallerStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Caller";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Headers[Header].ToString() is { Length: > 0 } text && text.Split(';') is [var key, var tenant, var scopes])
            {
                context.SetCaller(new Caller(key, tenant == "*" ? null : tenant, scopes.Split(',', StringSplitOptions.RemoveEmptyEntries)));
            }

            await proceed(context);
        });
        next(app);
    };
}
