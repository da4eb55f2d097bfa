using System.ComponentModel;
using System.Diagnostics;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// Runs one allow-listed executable without a shell: arguments as a list, stdin closed, stdout and stderr into the
/// step's <see cref="OutputCapture"/>. On timeout or cancellation the whole process tree is killed.
/// </summary>
/// <param name="time">Measures durations.</param>
/// <param name="logger">Logs kills that fail.</param>
internal sealed class CommandProcess(TimeProvider time, ILogger logger)
{
    // After the process exits, how long its pipes may stay open (a background child holding them) before reading stops.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(1);

    // How long a killed process may take to be reaped before the handler gives up waiting.
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="start"/>; <paramref name="timeout"/> and <paramref name="canceled"/> kill its tree.</summary>
    public async Task<ProcessOutcome> RunAsync(ProcessStartInfo start, OutputCapture log, CancellationToken timeout, CancellationToken canceled)
    {
        start.UseShellExecute = false;
        start.CreateNoWindow = true;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = new Process { StartInfo = start };
        var began = time.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return new ProcessOutcome(ProcessEnd.StartFailed, -1, time.GetElapsedTime(began));
        }

        using var drain = new CancellationTokenSource();
        var pumps = Task.WhenAll(
            PumpAsync(process.StandardOutput.BaseStream, log, drain.Token),
            PumpAsync(process.StandardError.BaseStream, log, drain.Token));
        var end = ProcessEnd.Exited;
        try
        {
            process.StandardInput.Close();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(timeout, canceled);
            try
            {
                await process.WaitForExitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                end = canceled.IsCancellationRequested ? ProcessEnd.Canceled : ProcessEnd.TimedOut;
                KillTree(process);
                using var reaped = new CancellationTokenSource(KillWait);
                await process.WaitForExitAsync(reaped.Token);
            }

            var duration = time.GetElapsedTime(began);
            drain.CancelAfter(DrainTimeout);
            await pumps;
            return new ProcessOutcome(end, process.ExitCode, duration);
        }
        finally
        {
            if (!process.HasExited)
            {
                KillTree(process);
            }

            await drain.CancelAsync();
            await pumps;
        }
    }

    private static async Task PumpAsync(Stream stream, OutputCapture log, CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, token)) > 0)
            {
                log.Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The pipe closed or reading stopped: what arrived is in the log.
        }
    }

    private void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
        catch (Exception exception) when (exception is Win32Exception or AggregateException or NotSupportedException)
        {
            CommandStepLog.KillFailed(logger, process.Id, exception);
        }
    }
}
