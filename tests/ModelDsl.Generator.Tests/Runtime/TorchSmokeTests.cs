using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace ModelDsl.Tests.Runtime;

/// <summary>Proves in CI that TorchSharp's native library (LibTorch, CPU) loads on this machine.</summary>
[Collection(ModelDsl.Tests.Networks.TorchCollection.Name)]
public class TorchSmokeTests
{
    [Fact]
    public void LibTorch_loads_and_multiplies_two_matrices()
    {
        using var a = tensor(new float[] { 1, 2, 3, 4 }, 2, 2);
        using var b = tensor(new float[] { 5, 6, 7, 8 }, 2, 2);
        using var product = a.matmul(b);
        Assert.Equal(new float[] { 19, 22, 43, 50 }, product.data<float>().ToArray());
        Assert.Equal(DeviceType.CPU, product.device_type);
    }
}
