namespace JobForge.Functions.Tests.Metadata;

/// <summary>One HTTP-triggered function as the generated <c>functions.metadata</c> declares it to the Functions host.</summary>
/// <param name="Name">The function name (the host's, and JobForge's endpoint name).</param>
/// <param name="EntryPoint">The method the worker invokes: <c>Namespace.Class.Method</c>.</param>
/// <param name="Route">The route template relative to the host's route prefix (<c>api</c>).</param>
/// <param name="Methods">The HTTP methods, upper case.</param>
/// <param name="AuthLevel">The Functions authorization level (<c>Anonymous</c>, <c>Function</c>, …).</param>
public sealed record HttpFunction(string Name, string EntryPoint, string Route, IReadOnlyList<string> Methods, string AuthLevel);
