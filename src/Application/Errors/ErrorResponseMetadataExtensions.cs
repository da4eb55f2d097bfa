using Microsoft.AspNetCore.Http.Metadata;

namespace JobForge.Application.Errors;

/// <summary>Declares a route's error responses (the error envelope) for the OpenAPI document.</summary>
public static class ErrorResponseMetadataExtensions
{
    /// <summary>Adds an <see cref="ErrorEnvelope"/> response for each of <paramref name="statusCodes"/>.</summary>
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ErrorEnvelope), ["application/json"]));
        }

        return builder;
    }
}
