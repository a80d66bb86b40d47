using System.Xml.Linq;

namespace RagQa.Tests.Delivery;

/// <summary>The SDK container properties a service project sets (the <c>Container</c> property group of its csproj).</summary>
public sealed record ContainerProperties(string? Repository, string? User, string? Registry)
{
    public static ContainerProperties Of(string project)
    {
        var csproj = XDocument.Load(Path.Combine(DeliveryRepository.Root, project, project + ".csproj"));
        string? Property(string name) => csproj.Descendants(name).SingleOrDefault()?.Value;
        return new ContainerProperties(Property("ContainerRepository"), Property("ContainerUser"), Property("ContainerRegistry"));
    }
}
