using System.Text.RegularExpressions;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Architecture;

/// <summary>Only the step runner invokes a step handler (conventions §17): no other file in src may call ExecuteAsync on one.</summary>
public sealed partial class StepHandlerInvocationTests
{
    private const string RunnerFile = "src/Application/Steps/StepRunner.cs";

    [Fact]
    public void SourceTree_OnlyStepRunnerInvokesStepHandlers()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (Path: Path.GetRelativePath(RepositoryPaths.Root, path).Replace(Path.DirectorySeparatorChar, '/'), Text: File.ReadAllText(path)))
            .Where(file => file.Path != RunnerFile && InvokesAHandler(file.Text))
            .Select(file => file.Path)
            .ToList();

        Assert.True(offenders.Count == 0, "Only " + RunnerFile + " may call IStepHandler.ExecuteAsync; found calls in: " + string.Join(", ", offenders));
        Assert.True(InvokesAHandler(File.ReadAllText(Path.Combine(RepositoryPaths.Root, RunnerFile))), "the scan no longer recognises the runner's own call");
    }

    [Theory]
    [InlineData("IStepHandler handler = Find(kind);\nvar result = await handler.ExecuteAsync(context, token);")]
    [InlineData("foreach (IStepHandler h in all) { await h.ExecuteAsync(ctx, ct); }")]
    [InlineData("using JobForge.Domain.Steps;\nclass X(IEnumerable<IStepHandler> hs) { Task T() => hs.First().ExecuteAsync(c, default); }")]
    [InlineData("var r = await ((IStepHandler)thing).ExecuteAsync(c, ct);")]
    [InlineData("var r = await _handlers[kind] .ExecuteAsync (c, ct); // IStepHandler lookup")]
    public void Scan_PlantedHandlerInvocation_IsCaught(string source) => Assert.True(InvokesAHandler(source));

    [Theory]
    [InlineData("await command.ExecuteAsync(ct); // no step handler in sight")]
    [InlineData("/// <summary>Implements IStepHandler.</summary>\npublic Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken) => Run();")]
    public void Scan_UnrelatedCodeAndHandlerImplementations_AreNotFlagged(string source) => Assert.False(InvokesAHandler(source));

    /// <summary>
    /// A file invokes a handler when it mentions <c>IStepHandler</c> and calls <c>.ExecuteAsync(</c>
    /// on anything: a member access, as opposed to the declaration an implementation has. Deliberately broad: a
    /// false alarm is fixed by moving code into the runner, a miss is not noticed at all.
    /// </summary>
    private static bool InvokesAHandler(string source) =>
        MentionsHandler().IsMatch(source) && MemberCall().IsMatch(source);

    [GeneratedRegex(@"\bIStepHandler\b")]
    private static partial Regex MentionsHandler();

    [GeneratedRegex(@"[\w\)\]]\s*\??\.\s*ExecuteAsync\s*\(")]
    private static partial Regex MemberCall();
}
