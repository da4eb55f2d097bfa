using JobForge.Application.Steps.Handlers.Command;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class WorkspaceFingerprintTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Ws => _workspace.Workspace;

    [Fact]
    public void Compute_CountsFiles_HashesManifestsAndLocks_AndSkipsDependencyAndBuildFolders()
    {
        Write("package.json", "{}");
        Write("src/app.csproj", "<Project />");
        Write("yarn.lock", "lock");
        Write("src/index.ts", "export {};");
        Write("node_modules/left-pad/package.json", "{\"name\":\"left-pad\"}");
        Write(".git/HEAD", "ref: main");
        Write("src/bin/app.dll", "binary");
        Write("src/obj/project.assets.json", "{}");

        var fingerprint = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);

        Assert.Equal(4, fingerprint.FileCount);
        Assert.Equal(2 + 11 + 4 + 10, fingerprint.TotalBytes);
        Assert.NotNull(fingerprint.ManifestSha256);
        Assert.NotNull(fingerprint.LockSha256);
        Assert.False(fingerprint.Truncated);
    }

    [Fact]
    public void Compute_IsStable_IgnoresSkippedFolders_AndChangesWithAManifestOrLock()
    {
        Write("package.json", "{}");
        Write("pnpm-lock.yaml", "v1");
        var first = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);
        Write("node_modules/x/package.json", "{\"changed\":true}");
        var same = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);
        Write("pnpm-lock.yaml", "v2");
        var lockChanged = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);
        Write("package.json", "{\"a\":1}");
        var manifestChanged = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);

        Assert.Equal(first, same);
        Assert.Equal(first.ManifestSha256, lockChanged.ManifestSha256);
        Assert.NotEqual(first.LockSha256, lockChanged.LockSha256);
        Assert.NotEqual(lockChanged.ManifestSha256, manifestChanged.ManifestSha256);
        Assert.Equal(lockChanged.LockSha256, manifestChanged.LockSha256);
    }

    [Fact]
    public void Compute_WithoutManifestsOrLocks_HasNullHashes_AndDoesNotFollowSymlinks()
    {
        using var outside = new CommandWorkspace();
        File.WriteAllText(Path.Combine(outside.Workspace, "package.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(Ws, "linked"), outside.Workspace);
        File.CreateSymbolicLink(Path.Combine(Ws, "package-lock.json"), Path.Combine(outside.Workspace, "package.json"));
        Write("README.md", "hi");

        var fingerprint = WorkspaceFingerprint.Compute(Ws, CancellationToken.None);

        Assert.Equal(new WorkspaceFingerprint(null, null, 1, 2, false), fingerprint);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Ws, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
