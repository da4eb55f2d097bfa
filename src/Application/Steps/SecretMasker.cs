using System.Text;
using JobForge.Domain.Steps;

namespace JobForge.Application.Steps;

/// <summary>Masks secret values inside artifact bytes (any content type): each occurrence becomes <see cref="Mask"/>.</summary>
internal static class SecretMasker
{
    /// <summary>What replaces a secret in an artifact.</summary>
    public const string Mask = "***";

    private static readonly byte[] MaskBytes = Encoding.UTF8.GetBytes(Mask);

    /// <summary><paramref name="artifacts"/> with every secret masked; the same instances when none holds one.</summary>
    public static IReadOnlyList<StepArtifact> MaskAll(IReadOnlyList<StepArtifact> artifacts, IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0 || artifacts.Count == 0)
        {
            return artifacts;
        }

        var encoded = secrets.Select(Encoding.UTF8.GetBytes).OrderByDescending(secret => secret.Length).ToArray();
        return [.. artifacts.Select(artifact => MaskOne(artifact, encoded))];
    }

    private static StepArtifact MaskOne(StepArtifact artifact, byte[][] secrets)
    {
        var content = artifact.Content;
        var changed = false;
        foreach (var secret in secrets)
        {
            if (content.Span.IndexOf(secret) < 0)
            {
                continue;
            }

            content = Replace(content.Span, secret);
            changed = true;
        }

        return changed ? artifact with { Content = content } : artifact;
    }

    private static byte[] Replace(ReadOnlySpan<byte> content, byte[] secret)
    {
        using var result = new MemoryStream(content.Length);
        int index;
        while ((index = content.IndexOf(secret)) >= 0)
        {
            result.Write(content[..index]);
            result.Write(MaskBytes);
            content = content[(index + secret.Length)..];
        }

        result.Write(content);
        return result.ToArray();
    }
}
