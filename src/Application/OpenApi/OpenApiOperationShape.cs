namespace JobForge.Application.OpenApi;

/// <summary>
/// What the document says about one operation beyond its endpoint metadata: the request body's type (handlers read
/// bodies themselves, so the generator cannot see it), success response types the mapping does not declare, and a
/// request example.
/// </summary>
/// <param name="Body">The request body's type, or null for none.</param>
/// <param name="BodyRequired">Whether the body must be sent.</param>
/// <param name="Responses">Success status codes to their body types (an existing schema is kept).</param>
/// <param name="Example">An example request body (JSON text), or null.</param>
internal sealed record OpenApiOperationShape(Type? Body, bool BodyRequired, IReadOnlyDictionary<int, Type> Responses, string? Example = null);
