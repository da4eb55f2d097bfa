using JobForge.Domain.Steps;
using JobForge.TestKit;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using static JobForge.Server.Tests.Steps.Command.CommandWorkspace;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class CommandStepTreeKillTests : IDisposable
{
    // The script starts a child shell, which starts a grandchild sleep; both write their pid and wait.
    private const string Tree = """
        sh -c 'sleep 30 & echo $! > grandchild.pid; wait' &
        echo $! > child.pid
        echo started
        wait
        """;

    private readonly CommandWorkspace _workspace = new();

    // These tests read the pids the script writes, which only mean something outside a PID namespace;
    // CommandSandboxTests checks that a sandboxed tree dies too.
    public CommandStepTreeKillTests() => _workspace.Options.Sandbox.Mode = Application.Steps.Handlers.Command.Sandbox.CommandSandboxMode.None;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Execute_PastItsTimeout_KillsTheChildAndGrandchild_AndFailsTimeout()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        _workspace.Time = time;
        _workspace.Script("tree.sh", Tree);
        var running = _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["tree.sh"],"working_directory":"ws"}""", timeout: TimeSpan.FromMinutes(1)),
            CancellationToken.None);
        var child = await ProcessTable.ReadPidAsync(Path.Combine(_workspace.Workspace, "child.pid"));
        var grandchild = await ProcessTable.ReadPidAsync(Path.Combine(_workspace.Workspace, "grandchild.pid"));
        Assert.True(ProcessTable.IsRunning(grandchild));

        time.Advance(TimeSpan.FromMinutes(1));
        var result = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(StepFailureTypes.Timeout, result.Failure!.Type);
        Assert.True(result.Failure.Retryable);
        Assert.Contains("started", Log(result), StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Task.FromResult(!ProcessTable.IsRunning(child) && !ProcessTable.IsRunning(grandchild)),
            TimeSpan.FromSeconds(5), "the child and grandchild to be gone");
    }

    [Fact]
    public async Task Execute_WhenCanceled_KillsTheTree_AndFailsCanceled()
    {
        _workspace.Script("tree.sh", Tree);
        using var cancel = new CancellationTokenSource();
        var running = _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["tree.sh"],"working_directory":"ws"}"""), cancel.Token);
        var grandchild = await ProcessTable.ReadPidAsync(Path.Combine(_workspace.Workspace, "grandchild.pid"));

        await cancel.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(StepFailureTypes.Canceled, result.Failure!.Type);
        Assert.Equal("build.log", Assert.Single(result.Artifacts).Name);
        await Eventually.TrueAsync(() => Task.FromResult(!ProcessTable.IsRunning(grandchild)), TimeSpan.FromSeconds(5), "the grandchild to be gone");
    }

    [Fact]
    public async Task Execute_ABackgroundChildHoldingTheOutput_DoesNotHoldTheStepOpen()
    {
        _workspace.Script("orphan.sh", "sleep 30 &\necho $! > orphan.pid\necho done\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["orphan.sh"],"working_directory":"ws"}"""), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        var orphan = await ProcessTable.ReadPidAsync(Path.Combine(_workspace.Workspace, "orphan.pid"));
        System.Diagnostics.Process.GetProcessById(orphan).Kill();
        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Contains("done", Log(result), StringComparison.Ordinal);
    }
}
