namespace JobForge.Application.Auth;

/// <summary>A failed authentication as <see cref="FailedAuthenticationThrottle"/> counted it.</summary>
/// <param name="Failures">The client's failures in the current window, this one included.</param>
/// <param name="AuditThis">Whether this failure is the first of its kind in the window (audited; repeats are not).</param>
/// <param name="Throttled">Whether this failure reached the limit (audited once as <c>authentication_throttled</c>).</param>
public sealed record FailedAttempt(int Failures, bool AuditThis, bool Throttled);
