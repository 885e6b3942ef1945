using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// A module's state dictionary (parameters and buffers) as bytes and back.
/// The bytes are a safetensors blob (through TorchSharp.PyBridge) rather than TorchSharp's own format: safetensors
/// is a plain header of names, dtypes and shapes followed by raw data (nothing executes on load), it is the format
/// PyTorch users exchange weights in (<see cref="TrainedNetwork.ExportSafetensors"/> writes the same bytes), and its
/// header lets a load compare names and shapes before touching the module.
/// </summary>
internal static class NetworkWeights
{
    public static byte[] ToBytes(nn.Module module)
    {
        using var scope = NewDisposeScope();
        var state = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in module.state_dict()) state[name] = tensor.detach().cpu();
        using var buffer = new MemoryStream();
        Safetensors.SaveStateDict(buffer, state, leaveOpen: true);
        return buffer.ToArray();
    }

    /// <summary>Copies weights into <paramref name="module"/> after checking every name and shape.</summary>
    /// <exception cref="ModelFileMismatchException">A parameter or buffer is missing, extra, or of another shape or type.</exception>
    /// <exception cref="ModelFileCorruptedException">The bytes are not a safetensors blob.</exception>
    public static void Load(nn.Module module, byte[] bytes, string source)
    {
        Dictionary<string, Tensor> loaded;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            loaded = Safetensors.LoadStateDict(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelFileCorruptedException($"{source}: its network weights cannot be read ({e.Message}).", e);
        }
        try
        {
            var expected = module.state_dict();
            foreach (var (name, target) in expected)
            {
                if (!loaded.TryGetValue(name, out var source1))
                    throw new ModelFileMismatchException($"{source} does not fit this network: parameter '{name}' {Shape(target)} is not in the file, which holds {Names(loaded)}.");
                if (!source1.shape.SequenceEqual(target.shape))
                    throw new ModelFileMismatchException($"{source} does not fit this network: parameter '{name}' has shape {Shape(source1)} in the file, but the network's is {Shape(target)}.");
                if (source1.dtype != target.dtype)
                    throw new ModelFileMismatchException($"{source} does not fit this network: parameter '{name}' is {source1.dtype} in the file, but the network's is {target.dtype}.");
            }
            var extra = loaded.Keys.FirstOrDefault(k => !expected.ContainsKey(k));
            if (extra is not null)
                throw new ModelFileMismatchException($"{source} does not fit this network: the file has parameter '{extra}' {Shape(loaded[extra])}, which the network lacks.");
            using (no_grad())
            {
                foreach (var (name, target) in expected) target.copy_(loaded[name]);
            }
        }
        finally
        {
            foreach (var tensor in loaded.Values) tensor.Dispose();
        }
    }

    private static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";

    private static string Names(Dictionary<string, Tensor> state) =>
        state.Count == 0 ? "no parameters" : string.Join(", ", state.Keys.Take(6).Select(k => "'" + k + "'")) + (state.Count > 6 ? ", …" : "");
}
