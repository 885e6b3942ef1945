using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using Tensor = TorchSharp.torch.Tensor;

namespace ModelDsl.Runtime.Torch;

/// <summary>
/// Supervised training: one network, one optimiser over all its parameters, one loss between the network's output on
/// <see cref="Batch.Features"/> and <see cref="Batch.Target"/>, optional clipping of the gradients' global norm.
/// </summary>
public sealed class SupervisedObjective : ITrainingObjective
{
    /// <summary>The name of the network in checkpoints.</summary>
    public const string ModuleName = "network";

    /// <summary>The name of the optimiser in checkpoints.</summary>
    public const string OptimizerName = "optimizer";

    /// <summary>Rows per validation batch (no gradients, so larger than training batches).</summary>
    public const int ValidationBatch = 4096;

    private static readonly string[] s_lossNames = ["loss"];

    private readonly NetworkModule _network;
    private readonly LossKind _loss;
    private readonly double _clipNorm;
    private readonly bool _accuracy;
    private readonly Parameter[] _parameters;
    private readonly OptimizerHelper _optimizer;

    /// <summary>Creates the optimiser the spec declares over the network's parameters.</summary>
    /// <param name="network">The network; it stays the caller's (not disposed here).</param>
    /// <param name="spec">Loss, optimiser, learning rate, weight decay, momentum, gradient clipping.</param>
    public SupervisedObjective(NetworkModule network, NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(spec);
        _network = network;
        _loss = spec.Loss;
        _clipNorm = spec.GradientClipNorm;
        _accuracy = spec.Loss is LossKind.CrossEntropy or LossKind.BinaryCrossEntropy;
        var module = network.Module;
        _parameters = module.parameters().ToArray();
        _optimizer = spec.Optimizer switch
        {
            OptimizerKind.Sgd => torch.optim.SGD(module.parameters(), spec.LearningRate, momentum: spec.Momentum, weight_decay: spec.WeightDecay),
            OptimizerKind.Adam => torch.optim.Adam(module.parameters(), spec.LearningRate, weight_decay: spec.WeightDecay),
            _ => torch.optim.AdamW(module.parameters(), spec.LearningRate, weight_decay: spec.WeightDecay),
        };
        Modules = [new NamedModule(ModuleName, module)];
        Optimizers = [new NamedOptimizer(OptimizerName, _optimizer, spec.LearningRate)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> LossNames => s_lossNames;

    /// <inheritdoc />
    public IReadOnlyList<NamedModule> Modules { get; }

    /// <inheritdoc />
    public IReadOnlyList<NamedOptimizer> Optimizers { get; }

    /// <inheritdoc />
    public void BeginEpoch(int epoch, int epochs) => _network.Module.train();

    /// <inheritdoc />
    public TrainingLosses Step(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _optimizer.zero_grad();
        var loss = Loss(_loss, _network.Forward(batch), batch[Batch.Target]);
        loss.backward();
        if (_clipNorm > 0) torch.nn.utils.clip_grad_norm_(_parameters, _clipNorm);
        _optimizer.step();
        return new TrainingLosses(loss.item<float>());
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Validate(IBatchSource source, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(source);
        _network.Module.eval();
        using var noGrad = torch.no_grad();
        double loss = 0, correct = 0;
        using (var reader = source.Open(null, ValidationBatch, device))
        {
            while (true)
            {
                using var scope = torch.NewDisposeScope();
                var batch = reader.Next();
                if (batch is null) break;
                var output = _network.Forward(batch);
                var target = batch[Batch.Target];
                loss += Loss(_loss, output, target).item<float>() * (double)batch.Rows;
                if (_loss == LossKind.CrossEntropy) correct += output.argmax(1).eq(target).sum().item<long>();
                else if (_loss == LossKind.BinaryCrossEntropy) correct += output.gt(0).to_type(torch.ScalarType.Float32).eq(target).sum().item<long>();
            }
        }
        var rows = source.Rows;
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["loss"] = loss / rows };
        if (_accuracy) metrics["accuracy"] = correct / rows;
        return metrics;
    }

    /// <summary>The declared loss of <paramref name="output"/> against <paramref name="target"/> (mean over the batch).</summary>
    public static Tensor Loss(LossKind kind, Tensor output, Tensor target) => kind switch
    {
        LossKind.CrossEntropy => torch.nn.functional.cross_entropy(output, target),
        LossKind.BinaryCrossEntropy => torch.nn.functional.binary_cross_entropy_with_logits(output, target),
        LossKind.MeanSquaredError => torch.nn.functional.mse_loss(output, target),
        LossKind.MeanAbsoluteError => torch.nn.functional.l1_loss(output, target),
        _ => torch.nn.functional.huber_loss(output, target, 1.0),
    };

    /// <summary>Disposes the optimiser (the network is the caller's).</summary>
    public void Dispose() => _optimizer.Dispose();
}
