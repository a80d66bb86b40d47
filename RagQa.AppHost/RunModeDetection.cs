using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RagQa.AppHost;

/// <summary>
/// Chooses the <see cref="RunMode"/>: the setting <c>RagQa:Mode</c> (local|container) when given, else
/// container mode when the container engine answers <c>docker info</c> (or <c>podman info</c> with
/// ASPIRE_CONTAINER_RUNTIME=podman) within a few seconds, else local mode.
/// </summary>
public static class RunModeDetection
{
    public const string ModeKey = "RagQa:Mode";

    private static readonly TimeSpan EngineProbeTimeout = TimeSpan.FromSeconds(5);

    public static RunMode ResolveRunMode(this IDistributedApplicationBuilder builder)
    {
        var (mode, reason) = Resolve(builder);
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RagQa.AppHost")
                .LogInformation("Backing services run in {RunMode} mode ({Reason})", mode, reason);
            return Task.CompletedTask;
        });
        return mode;
    }

    private static (RunMode Mode, string Reason) Resolve(IDistributedApplicationBuilder builder)
    {
        // Published manifests (Kubernetes) always describe the containers.
        if (builder.ExecutionContext.IsPublishMode)
        {
            return (RunMode.Container, "publishing");
        }

        var configured = builder.Configuration[ModeKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var mode = configured.Trim().ToLowerInvariant() switch
            {
                "container" => RunMode.Container,
                "local" => RunMode.Local,
                _ => throw new InvalidOperationException($"{ModeKey} must be 'local' or 'container', not '{configured}'."),
            };
            return (mode, $"{ModeKey}={configured}");
        }

        var engine = builder.Configuration["ASPIRE_CONTAINER_RUNTIME"] is { Length: > 0 } runtime ? runtime : "docker";
        return ContainerEngineAnswers(engine)
            ? (RunMode.Container, $"'{engine} info' answered")
            : (RunMode.Local, $"no container engine answered '{engine} info'");
    }

    private static bool ContainerEngineAnswers(string engine)
    {
        var info = new ProcessStartInfo(engine, "info")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return false;
            }
            // Drain both pipes so a chatty engine cannot block on a full buffer.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(EngineProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            // The engine's CLI is not installed.
            return false;
        }
    }
}
