using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Application.Json;
using Microsoft.AspNetCore.Mvc;

namespace JobForge.Application.Artifacts;

public static partial class ArtifactEndpoints
{
    /// <summary>The run's replay bundle. 403 <c>feature_disabled</c> while <c>REPLAY_PACK_ENABLED</c> is off.</summary>
    public static async Task<IResult> GetReplayAsync(
        HttpContext context, [FromRoute(Name = "run_id")] string runId, [AsParameters] ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (FeatureGate.Check(context, services.Flags.Current.ReplayPackEnabled, FeatureFlagNames.ReplayPack) is { } off)
        {
            return off;
        }

        var (run, error) = await FindRunAsync(context, runId, services, [], cancellationToken);
        if (run is null)
        {
            return error!;
        }

        var stored = await services.Artifacts.GetAsync(run.TenantId, run.RunId, EvidenceArtifactNames.Replay, cancellationToken);
        if (stored is null)
        {
            return ArtifactNotFound(context, EvidenceArtifactNames.Replay);
        }

        NoSniff(context);
        return TypedResults.Bytes(stored.Content.ToArray(), "application/json");
    }

    /// <summary>Dry-runs the run's recorded bundle (body <c>{"dry_run": true}</c>; anything else is 400) and compares.</summary>
    public static async Task<IResult> ReplayRunAsync(
        HttpContext context, [FromRoute(Name = "run_id")] string runId, [AsParameters] ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (FeatureGate.Check(context, services.Flags.Current.ReplayPackEnabled, FeatureFlagNames.ReplayPack) is { } off)
        {
            return off;
        }

        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxReplayRequestBytes, cancellationToken);
        if (document is null)
        {
            return bodyError!;
        }

        using (document)
        {
            if (DryRunProblems(document.RootElement) is { Count: > 0 } problems)
            {
                return Invalid(context, "Only dry runs can be replayed: send {\"dry_run\": true}", problems);
            }
        }

        var (run, error) = await FindRunAsync(context, runId, services, [], cancellationToken);
        if (run is null)
        {
            return error!;
        }

        var stored = await services.Artifacts.GetAsync(run.TenantId, run.RunId, EvidenceArtifactNames.Replay, cancellationToken);
        if (stored is null)
        {
            return ArtifactNotFound(context, EvidenceArtifactNames.Replay);
        }

        var bundle = EvidenceJson.TryRead<ReplayBundle>(stored.Content.Span, out var problem);
        if (bundle is null || ReplayBundleVerifier.Verify(bundle).Count > 0)
        {
            ArtifactsLog.StoredDocumentUnreadable(services.Logger, run.TenantId, run.RunId, EvidenceArtifactNames.Replay, problem ?? "it does not verify");
            return ErrorResults.Problem(context, StatusCodes.Status500InternalServerError, ErrorType.Internal, "The stored replay bundle cannot be used.");
        }

        return await DryRunAsync(context, bundle, services, cancellationToken);
    }

    /// <summary>Verifies a bundle from elsewhere (at most 1 MiB; 400 with the verifier's problems) and dry-runs it.</summary>
    public static async Task<IResult> ReplayBundleAsync(HttpContext context, [AsParameters] ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (FeatureGate.Check(context, services.Flags.Current.ReplayPackEnabled, FeatureFlagNames.ReplayPack) is { } off)
        {
            return off;
        }

        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxBundleBytes, cancellationToken);
        if (document is null)
        {
            return bodyError!;
        }

        ReplayBundle? bundle;
        using (document)
        {
            string? problem = "send a replay bundle object";
            bundle = document.RootElement.ValueKind == JsonValueKind.Object ? EvidenceJson.TryRead<ReplayBundle>(document.RootElement, out problem) : null;
            if (bundle is null)
            {
                return Invalid(context, "The body is not a replay bundle", [new ValidationProblem("$", ValidationProblemCodes.WrongType, problem ?? "send a replay bundle object")]);
            }
        }

        if (ReplayBundleVerifier.Verify(bundle) is { Count: > 0 } problems)
        {
            return Invalid(context, "The replay bundle does not verify", problems);
        }

        if (TenantAccess.Check(context, bundle.TenantId) is { } denied)
        {
            return denied;
        }

        return await DryRunAsync(context, bundle, services, cancellationToken);
    }

    private static async Task<IResult> DryRunAsync(HttpContext context, ReplayBundle bundle, ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ReplayExecution replayed;
        try
        {
            replayed = await services.Replays.ExecuteAsync(bundle, cancellationToken);
        }
        catch (ReplayUnavailableException ex)
        {
            return ErrorResults.Problem(context, StatusCodes.Status503ServiceUnavailable, ErrorType.DependencyUnavailable, ex.Message);
        }

        var comparison = ReplayComparer.Compare(bundle.Steps, bundle.Status, replayed);
        return TypedResults.Ok(new ReplayResultResponse(bundle.RunId, comparison.Identical, comparison.Differences, comparison.Truncated, replayed.Status, comparison.TimingDifferences));
    }

    private static List<ValidationProblem> DryRunProblems(JsonElement body)
    {
        var problems = new List<ValidationProblem>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem("$", ValidationProblemCodes.WrongType, "the body is a JSON object"));
            return problems;
        }

        if (body.EnumerateObject().Any(p => p.Name != "dry_run"))
        {
            problems.Add(new ValidationProblem("$", ValidationProblemCodes.UnknownField, "only dry_run is accepted"));
        }

        if (!body.TryGetProperty("dry_run", out var dryRun) || dryRun.ValueKind != JsonValueKind.True)
        {
            problems.Add(new ValidationProblem("$.dry_run", ValidationProblemCodes.InvalidValue, "dry_run must be true: only dry runs are supported"));
        }

        return problems;
    }
}
