using System;
using TorchSharp;
using Xunit;

namespace ModelDsl.Runtime.Torch.Tests;

public sealed class DeviceSelectorTests
{
    [Theory]
    [InlineData("auto", true, 2, true, "cuda:0")]
    [InlineData("auto", false, 0, true, "cpu")]
    [InlineData("auto", false, 0, false, "cpu")]
    [InlineData("cpu", true, 2, true, "cpu")]
    [InlineData("CPU", false, 0, false, "cpu")]
    [InlineData("cuda", true, 1, true, "cuda:0")]
    [InlineData("cuda:1", true, 2, true, "cuda:1")]
    public void ResolvesAvailableDevices(string request, bool available, int count, bool backend, string expected) =>
        Assert.Equal(expected, DeviceSelector.Select(request, available, count, backend).ToString());

    [Theory]
    [InlineData("cuda", false, 0, false, "TorchSharp-cuda-linux")]
    [InlineData("cuda:1", false, 0, false, "no CUDA backend")]
    [InlineData("cuda", false, 0, true, "driver")]
    [InlineData("cuda:1", true, 1, true, "device 1 is not present")]
    public void ExplicitCudaWithoutItNamesWhatIsMissing(string request, bool available, int count, bool backend, string fragment)
    {
        var e = Assert.Throws<DeviceUnavailableException>(() => DeviceSelector.Select(request, available, count, backend));
        Assert.Contains(fragment, e.Message);
        Assert.Equal(request, e.Requested);
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:x")]
    [InlineData("cuda:-1")]
    public void UnknownRequestsAreArgumentErrors(string request) =>
        Assert.Throws<ArgumentException>(() => DeviceSelector.Select(request, true, 1, true));

    [Fact]
    public void OnThisCpuOnlyMachine()
    {
        Assert.Equal(DeviceType.CPU, DeviceSelector.Select("auto").type);
        Assert.Equal(DeviceType.CPU, DeviceSelector.Select("cpu").type);
        var e = Assert.Throws<DeviceUnavailableException>(() => DeviceSelector.Select("cuda"));
        Assert.Contains("no CUDA backend of TorchSharp is referenced", e.Message);
        Assert.Contains("TorchSharp-cuda-linux", e.Message);
    }
}
