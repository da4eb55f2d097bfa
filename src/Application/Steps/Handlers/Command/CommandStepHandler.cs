using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Application.Flags;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// The <c>command</c> step handler. A plain step runs one allow-listed executable
/// (<c>with: {executable, args, working_directory, env}</c>) under the workspace root; exit 0 succeeds with
/// <c>{exit_code, duration_ms, log_artifact}</c>, any other exit fails <c>command_failed</c> (non-retryable). A
/// verify pack step (<c>with: {command: "verify_pack", workspace, pack}</c>, gated by <c>VERIFY_PACK_ENABLED</c>)
/// runs the pack's stages in order, stops at the first that fails and succeeds with the report
/// <c>{passed, pack, stages, fingerprint, duration_ms, log_artifact}</c> even when <c>passed</c> is false, so the
/// report is kept. Either way stdout and stderr go to the artifact <c>{step_id}.log</c> with every secret the server
/// knows masked, a timeout or cancellation kills the whole process tree, and the process runs in the configured
/// sandbox (<see cref="Sandbox.CommandSandbox"/>): it cannot see the server's files, processes or environment.
/// </summary>
public sealed partial class CommandStepHandler : IStepHandler
{
    private readonly CommandStepOptions _options;
    private readonly VerifyPackOptions _pack;
    private readonly FeatureFlagsReader _flags;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KnownSecrets _secrets;

    /// <summary>Creates the handler over its validated settings.</summary>
    public CommandStepHandler(
        IOptions<CommandStepOptions> options, IOptions<VerifyPackOptions> pack, FeatureFlagsReader flags,
        TimeProvider time, ILogger<CommandStepHandler> logger, KnownSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pack);
        _options = options.Value;
        _pack = pack.Value;
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
    }

    /// <inheritdoc />
    public string Kind => "command";

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public bool HasSideEffects => true;

    /// <inheritdoc />
    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs) => CommandInputs.Parse(inputs, _options).Problems;

    /// <inheritdoc />
    public async Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = CommandInputs.Parse(context.Inputs, _options);
        if (inputs.Problems.Count > 0)
        {
            return Fail(StepFailureTypes.InvalidInput, "The command step's inputs are not valid.", retryable: false, Problems(inputs.Problems));
        }

        var limit = context.Timeout > TimeSpan.Zero ? context.Timeout : _options.DefaultTimeout;
        using var timeout = new CancellationTokenSource(limit, _time);
        return inputs.Pack is { } pack
            ? await RunPackAsync(context, pack, timeout.Token, cancellationToken)
            : await RunCommandAsync(context, inputs.Command!, timeout.Token, cancellationToken);
    }
}
