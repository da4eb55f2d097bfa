using Microsoft.Extensions.Options;

namespace JobForge.DevModules;

/// <summary>
/// Builds the development module host: <c>POST /{module}/operations/{operation}</c> for every built-in autopilot
/// operation, signature-checked, answered from <see cref="OperationCatalog"/>. Point JobForge at it with
/// <c>JobForge:Modules:{module}:BaseUrl = http://127.0.0.1:7072/{module}</c>.
/// </summary>
public static class DevModuleHost
{
    /// <summary>Requests larger than this are refused (413) before they are read.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    /// <summary>Builds the host from <paramref name="args"/>; refuses the Production environment and a missing secret.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (builder.Environment.IsProduction())
        {
            throw new DevModuleStartException(
                "JobForge.DevModules is a development stand-in for the autopilot modules and never runs in Production. " +
                "Set ASPNETCORE_ENVIRONMENT=Development (scripts/run-local does), or point JobForge:Modules:{module}:BaseUrl at the real modules.");
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DevModuleOptions>().BindConfiguration(DevModuleOptions.SectionName);
        var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<DevModuleOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.SigningSecret) || options.SigningSecret.Length < 16)
        {
            throw new DevModuleStartException(
                "Set 'DevModules:SigningSecret' (environment DevModules__SigningSecret, at least 16 characters) to the value of JobForge:Modules:{module}:SigningSecret.");
        }

        app.MapOperationEndpoints();
        return app;
    }
}
