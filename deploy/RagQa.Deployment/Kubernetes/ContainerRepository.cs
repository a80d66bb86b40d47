using System.Xml.Linq;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// A project's image name, read from the <c>ContainerRepository</c> property of its .csproj: the same name
/// <c>dotnet publish -t:PublishContainer</c> gives the image it builds.
/// </summary>
public static class ContainerRepository
{
    public static string Read(string projectFile)
    {
        var project = XDocument.Load(projectFile);
        var repository = project.Descendants("ContainerRepository").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return repository
            ?? throw new InvalidDataException($"{projectFile} sets no <ContainerRepository>: its image would have no stable name.");
    }
}
