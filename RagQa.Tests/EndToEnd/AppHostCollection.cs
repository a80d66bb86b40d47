namespace RagQa.Tests.EndToEnd;

/// <summary>The end-to-end tests share one running application: starting it takes the better part of a minute.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "apphost";
}
