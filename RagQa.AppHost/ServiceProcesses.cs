namespace RagQa.AppHost;

/// <summary>
/// Finds the operating-system process of one of this application's services, for the crash tests and the
/// fault runs that SIGKILL it: the project's binary (not the <c>dotnet run</c> that the orchestrator starts it
/// with) whose environment carries this application's database connection string (other RagQa runs on the
/// machine have other ports).
/// </summary>
public static class ServiceProcesses
{
    public static int Find(string project, string? databaseConnectionString)
    {
        var marker = "ConnectionStrings__ragqa=" + databaseConnectionString;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0')[0].EndsWith("/" + project, StringComparison.Ordinal)
                    && File.ReadAllText(Path.Combine(dir, "environ")).Split('\0').Contains(marker))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        throw new InvalidOperationException($"No running {project} process of this application.");
    }
}
