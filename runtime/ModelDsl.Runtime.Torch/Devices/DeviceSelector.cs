using System;
using System.Globalization;
using System.IO;
using TorchSharp;

namespace ModelDsl.Runtime.Torch;

/// <summary>The device a request resolves to.</summary>
/// <param name="Type">CPU or CUDA.</param>
/// <param name="Index">The CUDA device index; -1 for the CPU.</param>
public sealed record DeviceChoice(DeviceType Type, int Index)
{
    /// <summary>The device as TorchSharp writes it: <c>cpu</c> or <c>cuda:N</c>.</summary>
    public override string ToString() => Type == DeviceType.CPU ? "cpu" : "cuda:" + Index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A device was requested that this process cannot use; the message names what is missing.</summary>
public sealed class DeviceUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeviceUnavailableException(string requested, string message)
        : base(message) => Requested = requested;

    /// <summary>The device as requested.</summary>
    public string Requested { get; }
}

/// <summary>Resolves a declaration's <c>device</c>: <c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</summary>
public static class DeviceSelector
{
    /// <summary>
    /// The device for <paramref name="request"/> on this machine: <c>auto</c> is CUDA device 0 when TorchSharp reports
    /// CUDA, otherwise the CPU; an explicit CUDA request that cannot be met is a <see cref="DeviceUnavailableException"/>.
    /// </summary>
    /// <exception cref="DeviceUnavailableException">CUDA was requested and is not available.</exception>
    /// <exception cref="ArgumentException">The request is not one of the forms above.</exception>
    public static torch.Device Select(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var available = torch.cuda.is_available();
        var count = available ? torch.cuda.device_count() : 0;
        var choice = Select(request, available, count, available || CudaBackendReferenced());
        return choice.Type == DeviceType.CPU ? torch.CPU : torch.device(DeviceType.CUDA, choice.Index);
    }

    /// <summary>The decision alone, from what is known about the machine (testable without a GPU).</summary>
    /// <param name="request"><c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c> (case-insensitive).</param>
    /// <param name="cudaAvailable">TorchSharp reports CUDA (<c>torch.cuda.is_available()</c>).</param>
    /// <param name="cudaDeviceCount">Number of CUDA devices.</param>
    /// <param name="cudaBackendLoaded">A CUDA build of LibTorch is referenced by the application.</param>
    public static DeviceChoice Select(string request, bool cudaAvailable, int cudaDeviceCount, bool cudaBackendLoaded)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Trim().ToLowerInvariant();
        if (text == "cpu") return new DeviceChoice(DeviceType.CPU, -1);
        if (text == "auto") return cudaAvailable && cudaDeviceCount > 0 ? new DeviceChoice(DeviceType.CUDA, 0) : new DeviceChoice(DeviceType.CPU, -1);
        int index;
        if (text == "cuda") index = 0;
        else if (text.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out index)) { }
        else throw new ArgumentException($"Unknown device '{request}': use auto, cpu, cuda or cuda:N.", nameof(request));

        if (!cudaBackendLoaded)
        {
            throw new DeviceUnavailableException(request,
                $"Device '{request}' was requested, but no CUDA backend of TorchSharp is referenced: the application uses a CPU-only LibTorch " +
                "(such as the TorchSharp-cpu package). Reference a CUDA backend package instead (TorchSharp-cuda-linux, or libtorch-cuda-12.8-linux-x64; " +
                "TorchSharp-cuda-windows on Windows), or declare device auto or cpu.");
        }
        if (!cudaAvailable || cudaDeviceCount < 1)
        {
            throw new DeviceUnavailableException(request,
                $"Device '{request}' was requested and a CUDA backend of TorchSharp is referenced, but CUDA is not available: " +
                "no NVIDIA driver was found or it sees no CUDA device (check nvidia-smi), or declare device auto or cpu.");
        }
        if (index >= cudaDeviceCount)
        {
            throw new DeviceUnavailableException(request,
                $"Device '{request}' was requested, but device {index} is not present: this machine has {cudaDeviceCount} CUDA device(s) " +
                $"(cuda:0{(cudaDeviceCount > 1 ? "–cuda:" + (cudaDeviceCount - 1).ToString(CultureInfo.InvariantCulture) : "")}).");
        }
        return new DeviceChoice(DeviceType.CUDA, index);
    }

    /// <summary>
    /// Whether the application references a CUDA build of LibTorch, when TorchSharp itself does not report CUDA:
    /// the application's dependency manifests name the backend package, or its native library lies beside the application.
    /// Tells "no CUDA package" apart from "no driver or device" for the error message.
    /// </summary>
    private static bool CudaBackendReferenced()
    {
        try
        {
            if (AppContext.GetData("APP_CONTEXT_DEPS_FILES") is string deps)
            {
                foreach (var file in deps.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!File.Exists(file)) continue;
                    var text = File.ReadAllText(file);
                    if (text.Contains("libtorch-cuda", StringComparison.OrdinalIgnoreCase) || text.Contains("TorchSharp-cuda", StringComparison.OrdinalIgnoreCase)) return true;
                }
            }
            foreach (var name in new[] { "libtorch_cuda.so", "torch_cuda.dll" })
            {
                if (File.Exists(Path.Combine(AppContext.BaseDirectory, name))) return true;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return false;
    }
}
