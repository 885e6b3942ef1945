using Xunit;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// Tests that train or run TorchSharp networks run alone, not beside other test classes: TorchSharp 0.107
/// leaves Scalars it converts implicitly (inside Adam.step, for example) to the finalizer, and a GC
/// triggered by another thread's allocations during the native call can free one in use
/// (dotnet/TorchSharp#1434, #1496). An application that trains while other threads allocate heavily can
/// meet the same race; docs/language.md (Networks) says so.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "TorchSharp";
}
