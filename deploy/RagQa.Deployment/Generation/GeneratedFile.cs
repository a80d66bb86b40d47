namespace RagQa.Deployment.Generation;

/// <summary>One file of <c>aspirate-output/</c>, by its path relative to that folder ('/' separated).</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
