using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RagQa.Deployment.Kustomize;

/// <summary>
/// The part of kustomize's <c>kustomization.yaml</c> this repository uses. Reading is strict (an unknown field
/// fails), so a kustomization that uses more than the validation tests understand is noticed, not skipped.
/// </summary>
public sealed class Kustomization
{
    public string ApiVersion { get; set; } = "kustomize.config.k8s.io/v1beta1";

    public string Kind { get; set; } = "Kustomization";

    public string? Namespace { get; set; }

    public List<string>? Resources { get; set; }

    /// <summary>kustomize components (<c>kind: Component</c>): resources and patches applied to the including kustomization.</summary>
    public List<string>? Components { get; set; }

    public List<KustomizeImage>? Images { get; set; }

    public List<KustomizePatch>? Patches { get; set; }

    public List<KustomizeGenerator>? SecretGenerator { get; set; }

    public List<KustomizeGenerator>? ConfigMapGenerator { get; set; }

    public static Kustomization Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<Kustomization>(yaml)
            ?? throw new InvalidDataException("The kustomization is empty.");

    public string ToYaml() =>
        new SerializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build()
            .Serialize(this);
}

/// <summary>An <c>images</c> entry: the image name used in the manifests, and what to replace its name or tag with.</summary>
public sealed class KustomizeImage
{
    public string Name { get; set; } = "";

    public string? NewName { get; set; }

    public string? NewTag { get; set; }
}

/// <summary>A <c>patches</c> entry: a patch file or inline patch, applied to the objects its target selects.</summary>
public sealed class KustomizePatch
{
    public string? Path { get; set; }

    public string? Patch { get; set; }

    public KustomizePatchTarget? Target { get; set; }
}

public sealed class KustomizePatchTarget
{
    public string? Group { get; set; }

    public string? Version { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? LabelSelector { get; set; }
}

/// <summary>A <c>secretGenerator</c> or <c>configMapGenerator</c> entry: an object made from env files, files or literals.</summary>
public sealed class KustomizeGenerator
{
    public string Name { get; set; } = "";

    public List<string>? Envs { get; set; }

    /// <summary>Files as data, each <c>key=path</c> or just <c>path</c> (the file name is the key).</summary>
    public List<string>? Files { get; set; }

    public List<string>? Literals { get; set; }

    public KustomizeGeneratorOptions? Options { get; set; }
}

public sealed class KustomizeGeneratorOptions
{
    /// <summary>Keep the plain name: custom resources (KEDA's TriggerAuthentication) refer to it by name.</summary>
    public bool DisableNameSuffixHash { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}
