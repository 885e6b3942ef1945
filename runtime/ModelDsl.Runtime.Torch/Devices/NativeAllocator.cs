using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// Fixes glibc malloc's mmap threshold before training, so that a training run's resident memory stays flat.
/// </summary>
/// <remarks>
/// <para>
/// glibc raises its mmap threshold every time a block larger than it is freed (up to 32 MB). After the first step of
/// training, the step's large temporaries (a gradient or an Adam buffer the size of a weight matrix: 1.6 MB for a
/// 784 × 512 layer) are therefore carved from the heap instead of being mapped, and with TorchSharp's allocation
/// pattern the heap fragments: on the Fashion-MNIST MLP of benchmarks/Networks resident memory grew by 1.44 GB per
/// epoch (2.8 → 4.2 → 5.7 GB in three epochs), for the generated model and a hand-written TorchSharp loop alike, while
/// live tensors stayed constant. jemalloc (LD_PRELOAD) or <c>MALLOC_MMAP_THRESHOLD_=524288</c> kept it flat.
/// </para>
/// <para>
/// This sets the same fixed threshold through <c>mallopt</c> (which also turns the dynamic adjustment off), once per
/// process, before the first network trains: blocks of 512 KB and more are mapped and returned to the system when
/// freed; smaller ones (activations and batches of typical sizes) stay on the heap, where they are reused. Not done
/// when the process already chose: a <c>MALLOC_MMAP_THRESHOLD_</c> variable, a <c>glibc.malloc.mmap_threshold</c>
/// tunable, or <c>MODELDSL_MALLOC_TUNING=0</c>. Without glibc (musl, Windows, macOS) it does nothing.
/// </para>
/// </remarks>
public static class NativeAllocator
{
    /// <summary>The fixed threshold, in bytes.</summary>
    public const int MmapThreshold = 512 * 1024;

    /// <summary>The environment variable that turns the tuning off when it is <c>0</c>.</summary>
    public const string OptOutVariable = "MODELDSL_MALLOC_TUNING";

    private const int M_MMAP_THRESHOLD = -3;
    private static int s_configured;

    /// <summary>Whether this process's malloc threshold was fixed by <see cref="Configure"/>.</summary>
    public static bool Tuned { get; private set; }

    /// <summary>Fixes the threshold once per process (see the remarks); later calls do nothing.</summary>
    public static void Configure()
    {
        if (Interlocked.Exchange(ref s_configured, 1) != 0) return;
        if (!OperatingSystem.IsLinux()) return;
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "0") return;
        if (Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is not null) return;
        if (Environment.GetEnvironmentVariable("GLIBC_TUNABLES") is { } tunables && tunables.Contains("mmap_threshold", StringComparison.Ordinal)) return;
        try
        {
            Tuned = mallopt(M_MMAP_THRESHOLD, MmapThreshold) == 1;
        }
        catch (DllNotFoundException)
        {
            // not glibc (its soname is libc.so.6): nothing to tune
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    // DllImport, not LibraryImport: the signature is blittable, and LibraryImport would need unsafe code in the project.
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int parameter, int value);
}
