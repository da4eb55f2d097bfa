using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Http;

/// <summary>Registers what the HTTP functions stand on: the shared endpoint table and the API middleware.</summary>
public static class HttpFunctionsApplicationBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="ApiEndpointTable"/>, makes it the worker's <see cref="EndpointDataSource"/> (so the OpenAPI
    /// document lists the API's endpoints with their metadata, not the bare function routes) and adds the API middleware
    /// to the worker pipeline. Call after <c>ConfigureFunctionsWebApplication</c>, whose middleware must run first.
    /// </summary>
    public static FunctionsApplicationBuilder AddJobForgeHttpFunctions(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRouting();
        builder.Services.AddSingleton<ApiEndpointTable>();
        builder.Services.AddSingleton<EndpointDataSource>(provider => provider.GetRequiredService<ApiEndpointTable>().DataSource);
        builder.UseMiddleware<ApiPipelineMiddleware>();
        return builder;
    }
}
