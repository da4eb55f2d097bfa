namespace JobForge.Domain.Admission;

/// <summary>The outcome of <see cref="AdmissionPolicy.Decide"/>.</summary>
/// <param name="Admitted">Whether the request may go on.</param>
/// <param name="Reason">Null when admitted; otherwise one of <see cref="AdmissionRefusal"/>'s values.</param>
/// <param name="RetryAfter">When refused, how long the client should wait (whole seconds, at least one).</param>
public sealed record AdmissionDecision(bool Admitted, string? Reason, TimeSpan RetryAfter)
{
    /// <summary>The request may go on.</summary>
    public static AdmissionDecision Admit { get; } = new(true, null, TimeSpan.Zero);
}
