namespace RagQa.Tests.Delivery;

/// <summary>What a finished command left: its exit code and both output streams.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Errors}";
}
