using RagQa.Deployment.AspireModel;

namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// Which port a resource listens on in its pod and which port its Service offers. Projects listen on 8080 (the
/// .NET container images' default, passed as <c>HTTP_PORTS</c>) behind Service port 80; containers keep the
/// manifest's target port on both sides.
/// </summary>
public static class ClusterPorts
{
    public const int ProjectContainerPort = 8080;
    public const int ProjectServicePort = 80;

    public static int ContainerPort(AspireResource resource, AspireBinding binding) =>
        binding.TargetPort ?? (resource.Type == AspireResourceTypes.Project
            ? ProjectContainerPort
            : throw new InvalidDataException($"A {resource.Type} binding without a target port cannot be placed in a pod."));

    public static int ServicePort(AspireResource resource, AspireBinding binding) =>
        resource.Type == AspireResourceTypes.Project ? ProjectServicePort : ContainerPort(resource, binding);
}
