using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>Tests that run <c>dotnet build</c> or <c>dotnet pack</c> on projects of this repository run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection
{
    public const string Name = "dotnet builds";
}
