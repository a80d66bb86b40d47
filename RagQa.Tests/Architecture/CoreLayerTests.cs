using System.Reflection;
using NetArchTest.Rules;
using RagQa.Core;
using RagQa.Core.Query;

namespace RagQa.Tests.Architecture;

/// <summary>Keeps RagQa.Core's shape: one direction of dependency between folders, and small steps.</summary>
public sealed class CoreLayerTests
{
    private static readonly Assembly Core = typeof(RagQaCoreExtensions).Assembly;

    public static TheoryData<string> Folders() => new(CoreLayers.BottomUp);

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_above_it(string folder)
    {
        var above = CoreLayers.BottomUp.SkipWhile(f => f != folder).Skip(1).Select(CoreLayers.Namespace).ToArray();

        var result = Types.InAssembly(Core).That().ResideInNamespace(CoreLayers.Namespace(folder))
            .ShouldNot().HaveDependencyOnAny(above).GetResult();

        Assert.True(result.IsSuccessful,
            $"{folder} must not use {string.Join(", ", above)}; these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_folder_of_the_core_has_its_place_in_the_layers()
    {
        var folders = Core.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("RagQa.Core.", StringComparison.Ordinal))
            .Select(n => n!["RagQa.Core.".Length..].Split('.')[0])
            .ToHashSet();

        Assert.Empty(folders.Except(CoreLayers.BottomUp));
        Assert.Empty(CoreLayers.BottomUp.Except(folders));
    }

    [Fact]
    public void The_rule_catches_an_upward_dependency()
    {
        // Guards the test itself: Query uses Retrieval, so Retrieval-below-Query holds only one way round.
        var result = Types.InAssembly(Core).That().ResideInNamespace(CoreLayers.Namespace("Query"))
            .ShouldNot().HaveDependencyOn(CoreLayers.Namespace("Retrieval")).GetResult();

        Assert.False(result.IsSuccessful);
    }

    public static TheoryData<Type> QueryPathTypes() =>
        new(Core.GetTypes().Where(t => t.IsClass && !t.IsAbstract && (typeof(IQueryStep).IsAssignableFrom(t) || t == typeof(ProcessQueryHandler))));

    [Theory]
    [MemberData(nameof(QueryPathTypes))]
    public void Every_query_step_and_the_handler_take_at_most_six_dependencies(Type type)
    {
        var parameters = type.GetConstructors().Max(c => c.GetParameters().Length);

        Assert.True(parameters <= 6, $"{type.Name} takes {parameters} dependencies; split it into smaller steps.");
    }
}
