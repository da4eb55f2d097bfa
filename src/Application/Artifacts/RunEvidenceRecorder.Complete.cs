using System.Text;
using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;

namespace JobForge.Application.Artifacts;

public sealed partial class RunEvidenceRecorder
{
    /// <summary>
    /// Writes the run log as <c>run.log.ndjson</c> (each JSON line with sensitive fields redacted; any other line as
    /// <c>{"message": …}</c>), then with manifests on the final <c>manifest.json</c> (<c>complete</c> or <c>failed</c>
    /// with the error), and with replay on <c>replay.json</c>.
    /// </summary>
    public async Task CompleteAsync(
        Run run, RunState state, IReadOnlyList<string> logLines, IReadOnlyDictionary<string, string> handlerVersions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(logLines);
        ArgumentNullException.ThrowIfNull(handlerVersions);
        var flags = _flags.Current;
        if (!flags.ManifestsEnabled && !flags.ReplayPackEnabled)
        {
            return;
        }

        await PutAsync(run, EvidenceArtifactNames.Log, "application/x-ndjson", RedactedLog(logLines), cancellationToken);
        if (flags.ManifestsEnabled)
        {
            IReadOnlyList<ArtifactInfo>? artifacts = null;
            try
            {
                artifacts = await _artifacts.ListAsync(run.TenantId, run.RunId, cancellationToken);
            }
            catch (Azure.RequestFailedException ex)
            {
                // A final manifest without its outputs would mislead; the pending one stays.
                ArtifactsLog.WriteFailed(_logger, run.TenantId, run.RunId, EvidenceArtifactNames.Manifest, ex);
            }

            if (artifacts is not null)
            {
                var manifest = RunManifestBuilder.Build(run, state, artifacts, _environment.Fingerprint, Versions(handlerVersions));
                await PutAsync(run, EvidenceArtifactNames.Manifest, Json, EvidenceJson.WriteUtf8(manifest), cancellationToken);
            }
        }

        if (flags.ReplayPackEnabled)
        {
            var bundle = ReplayBundleBuilder.Build(run, state, _environment.Provenance);
            await PutAsync(run, EvidenceArtifactNames.Replay, Json, EvidenceJson.WriteUtf8(bundle), cancellationToken);
        }
    }

    /// <summary>The log as NDJSON with <see cref="SensitiveFieldRedactor"/> applied to every JSON line.</summary>
    internal static byte[] RedactedLog(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            JsonElement value;
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
                value = document.RootElement.ValueKind == JsonValueKind.Object
                    ? SensitiveFieldRedactor.Redact(document.RootElement)
                    : JsonSerializer.SerializeToElement(new { message = line });
            }
            catch (JsonException)
            {
                value = JsonSerializer.SerializeToElement(new { message = line });
            }

            text.Append(JsonSerializer.Serialize(value)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
