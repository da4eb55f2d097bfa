using System.Diagnostics.CodeAnalysis;
using JobForge.Domain.Events;

namespace JobForge.Domain.Auth;

/// <summary>The outcome of <see cref="ApiKeyCreateRequestParser.Parse"/>: a request, or every problem found.</summary>
/// <param name="Request">The request when valid; otherwise null.</param>
/// <param name="Problems">Every problem, each with its JSON path; empty when valid.</param>
public sealed record ApiKeyCreateParseResult(ApiKeyCreateRequest? Request, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>Whether the body is valid, in which case <see cref="Request"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    public bool IsValid => Request is not null;
}
