using System;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ModelDsl.Benchmarks.Forests;

public static class Program
{
    /// <summary>
    /// <c>serve</c>: one forest fit per request on stdin (../compare.py interleaves it with scikit-learn).
    /// <c>verify</c>: trains the prediction benchmark's forests (ModelDsl and ML.NET FastForest), prints their sizes and
    /// accuracies, saves them under ../results/models/ and counts the generated Predict's allocations.
    /// <c>ab [ROUNDS]</c>: the prediction comparison interleaved (median per row over rounds).
    /// <c>size</c>: the generated code and the model file of the 500-tree, depth-20 declaration.
    /// Anything else: BenchmarkDotNet's command line (e.g. <c>--filter '*'</c>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve") return FitServer.Serve();
        if (args.Length > 0 && args[0] == "verify") return ForestModels.Verify();
        if (args.Length > 0 && args[0] == "size") return CodeSize.Execute();
        if (args.Length > 0 && args[0] == "ab") return Interleaved.Execute(args[1..]);
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Data.FindForestsDirectory(), "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
