namespace RagQa.Tests.Delivery;

/// <summary>A job script of scripts/ci run in dry-run mode: it prints what it would do and sends nothing anywhere.</summary>
public static class CiScript
{
    // Settings the scripts read; unset unless a test gives them, whatever the environment of the test run.
    private static readonly string[] Settings =
        ["CONTAINER_REGISTRY", "IMAGE_TAG", "KUSTOMIZE_OVERLAY", "KUBE_NAMESPACE", "KUBE_CONFIG", "RAGQA_SECRETS", "ROLLOUT_TIMEOUT"];

    public static Task<ProcessResult> DryRunAsync(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = Settings.ToDictionary(s => s, _ => (string?)null);
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) environment[name] = value;
        return CommandRunner.RunAsync("bash", [Path.Combine(DeliveryRepository.CiScripts, script), "--dry-run", .. arguments], environment);
    }

    /// <summary>The commands the script printed (its <c>+ </c> lines), without the prefix.</summary>
    public static List<string> Commands(ProcessResult result) =>
        result.Output.Split('\n').Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
}
