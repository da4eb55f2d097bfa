namespace JobForge.Domain.Steps;

/// <summary>A file a step attempt produced, e.g. <c>lint.log</c> (<c>text/plain</c>).</summary>
/// <param name="Name">The artifact name: <c>[A-Za-z0-9._-]</c>, at most 128 characters.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Content">The bytes (handlers cap their size).</param>
public sealed record StepArtifact(string Name, string ContentType, ReadOnlyMemory<byte> Content);
