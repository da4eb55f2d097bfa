namespace JobForge.Domain.Steps;

/// <summary>The stable <see cref="StepFailure.Type"/> values.</summary>
public static class StepFailureTypes
{
    /// <summary>The step's inputs are not valid for its handler (non-retryable).</summary>
    public const string InvalidInput = "invalid_input";

    /// <summary>The handler's outputs are not valid (non-retryable).</summary>
    public const string InvalidOutput = "invalid_output";

    /// <summary>An expression in <c>with</c> could not be resolved (non-retryable).</summary>
    public const string ExpressionFailed = "expression_failed";

    /// <summary>The attempt ran past its timeout (retryable).</summary>
    public const string Timeout = "timeout";

    /// <summary>A network failure reaching the callee (retryable).</summary>
    public const string NetworkError = "network_error";

    /// <summary>The callee answered with an error status (retryable for 408, 429 and 5xx only).</summary>
    public const string HttpError = "http_error";

    /// <summary>The destination is refused by the egress rules (non-retryable).</summary>
    public const string EgressDenied = "egress_denied";

    /// <summary>The response is larger than allowed (non-retryable).</summary>
    public const string ResponseTooLarge = "response_too_large";

    /// <summary>A command exited with a non-zero code.</summary>
    public const string CommandFailed = "command_failed";

    /// <summary>The handler threw; details stay in the server log (retryable).</summary>
    public const string HandlerError = "handler_error";

    /// <summary>No handler is registered for the step's kind (non-retryable).</summary>
    public const string UnknownHandler = "unknown_handler";

    /// <summary>The attempt was canceled (run canceled or lease lost).</summary>
    public const string Canceled = "canceled";

    /// <summary>The step crashed its worker too many times and was quarantined (non-retryable).</summary>
    public const string Poison = "poison";

    /// <summary>An approver refused the step (non-retryable).</summary>
    public const string ApprovalRejected = "approval_rejected";

    /// <summary>No decision came within the approval timeout (non-retryable).</summary>
    public const string ApprovalTimeout = "approval_timeout";

    /// <summary>The handler lacks a setting it needs, e.g. a signing secret or a module's base URL (non-retryable).</summary>
    public const string NotConfigured = "not_configured";

    /// <summary>The run ran past its run timeout (non-retryable).</summary>
    public const string RunTimeout = "run_timeout";

    /// <summary>The step needs a feature flag that is off, e.g. <c>VERIFY_PACK_ENABLED</c> (non-retryable).</summary>
    public const string FeatureDisabled = "feature_disabled";
}
