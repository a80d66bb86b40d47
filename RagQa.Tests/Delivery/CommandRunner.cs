using System.ComponentModel;
using System.Diagnostics;

namespace RagQa.Tests.Delivery;

/// <summary>Runs a command to completion with a bounded time, in the repository root unless told otherwise.</summary>
public static class CommandRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<ProcessResult> RunAsync(
        string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? DeliveryRepository.Root,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            // null unsets a variable this process has, so that a test does not depend on the shell it was started from.
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{executable} was not found: run scripts/install.sh.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{executable} {string.Join(' ', info.ArgumentList)} did not finish within {Timeout}.");
            }
            return new ProcessResult(process.ExitCode, await output, await errors);
        }
    }
}
