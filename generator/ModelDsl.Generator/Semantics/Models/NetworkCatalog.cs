using System;
using System.Linq;

namespace ModelDsl.Generator.Semantics.Models;

/// <summary>
/// What a <c>train { }</c> block may contain; names and defaults follow PyTorch. The layers of a
/// <c>network { }</c> block are in Semantics/Networks (one definition per layer, listed by LayerRegistry).
/// </summary>
internal static class NetworkCatalog
{
    private static ParameterSpec Count(string name, string? defaultValue = null) => new(name, ParameterKind.Integer, defaultValue, Min: 1);

    public static readonly string[] Losses = { "cross_entropy", "binary_cross_entropy", "mse", "mae", "huber" };

    public static readonly string[] ClassifierLosses = { "cross_entropy", "binary_cross_entropy" };

    public static readonly string[] Optimizers = { "sgd", "adam", "adamw" };

    public static OperationSpec OptimizerSpec(string name) => new(name, null, new[]
    {
        new ParameterSpec("lr", ParameterKind.Number, name == "sgd" ? "0.01" : "0.001", Min: 0, MinInclusive: false),
        new ParameterSpec("momentum", ParameterKind.Number, "0", Min: 0, Max: 1, MaxInclusive: false),
        new ParameterSpec("weight_decay", ParameterKind.Number, name == "adamw" ? "0.01" : "0", Min: 0),
    }, "optimiser");

    public static readonly OperationSpec StepSchedule = new("step", null, new[]
    {
        Count("every", "10"),
        new ParameterSpec("gamma", ParameterKind.Number, "0.1", Min: 0, MinInclusive: false, Max: 1),
    }, "multiply the learning rate by gamma every N epochs");

    public static readonly OperationSpec EarlyStopping = new("early_stopping", null, new[]
    {
        new ParameterSpec("monitor", ParameterKind.Choice, "val_loss", Choices: new[] { "val_loss", "val_accuracy" }),
        Count("patience", "5"),
        new ParameterSpec("restore_best", ParameterKind.Bool, "true"),
    }, "stop when the monitored validation metric stops improving");

    /// <summary>The numeric settings of <c>train { }</c>, checked as parameters are (ParameterSpec.Accepts).</summary>
    public static readonly ParameterSpec[] TrainNumbers =
    {
        new("epochs", ParameterKind.Integer, "10", Min: 1, Max: 100_000),
        new("batch", ParameterKind.Integer, "32", Min: 1, Max: 1_000_000),
        new("checkpoint_every", ParameterKind.Integer, "0", Min: 1, Max: 100_000),
        new("seed", ParameterKind.Integer, "0", Min: 0),
        new("validation", ParameterKind.Number, "0", Min: 0, Max: 1, MaxInclusive: false),
        new("clip_grad", ParameterKind.Number, "0", Min: 0, MinInclusive: false), // the largest gradient norm
    };

    public static ParameterSpec TrainNumber(string name) => TrainNumbers.First(p => p.Name == name);

    /// <summary>One dimension of <c>input as [...]</c>.</summary>
    public static readonly ParameterSpec InputDimension = Count("dimension");

    /// <summary>The count of <c>repeat N { … }</c>.</summary>
    public static readonly ParameterSpec Repeat = new("repeat", ParameterKind.Integer, "1", Min: 1, Max: 1000);

    /// <summary>Every setting of <c>train { }</c>, for did-you-mean and the docs.</summary>
    public static readonly string[] TrainSettings =
    {
        "loss", "optimizer", "schedule", "epochs", "batch", "validation", "early_stopping", "clip_grad", "seed", "device", "checkpoint_every", "log",
    };

    /// <summary>The formats of a <c>log</c> setting.</summary>
    public static readonly string[] LogFormats = { "tensorboard", "csv" };

    public static readonly OperationSpec Log = new("log", null, new[]
    {
        new ParameterSpec("every", ParameterKind.Integer, "50", Min: 0),
    }, "log the batch loss every N batches (0: epochs only)");

    /// <summary>A classical model's <c>log</c>: no parameters (it logs its finished curves and held-out metrics).</summary>
    public static readonly OperationSpec ClassicalLog = new("log", null, System.Array.Empty<ParameterSpec>(), "log the curves and held-out metrics of each run");
}
