using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelDsl.Runtime.Torch;

/// <summary>The loss a network trains on.</summary>
public enum LossKind
{
    /// <summary>Softmax cross-entropy on logits; the label is a class index (classifiers).</summary>
    CrossEntropy,

    /// <summary>Sigmoid binary cross-entropy on one logit; the label is 0 or 1 (two-class classifiers).</summary>
    BinaryCrossEntropy,

    /// <summary>Mean squared error (regressors).</summary>
    MeanSquaredError,

    /// <summary>Mean absolute error (regressors).</summary>
    MeanAbsoluteError,

    /// <summary>Huber loss with δ = 1 on the standardized target (regressors).</summary>
    Huber,
}

/// <summary>The optimiser a network trains with.</summary>
public enum OptimizerKind
{
    /// <summary>Stochastic gradient descent, with optional momentum and L2 weight decay.</summary>
    Sgd,

    /// <summary>Adam, with optional L2 weight decay.</summary>
    Adam,

    /// <summary>Adam with decoupled weight decay.</summary>
    AdamW,
}

/// <summary>How the learning rate changes from epoch to epoch.</summary>
public enum ScheduleKind
{
    /// <summary>Constant.</summary>
    None,

    /// <summary>Multiplied by gamma every step-size epochs (as PyTorch's StepLR stepped once per epoch).</summary>
    Step,

    /// <summary>Cosine annealing from the learning rate to 0 over the epochs (as PyTorch's CosineAnnealingLR, T_max = epochs).</summary>
    Cosine,
}

/// <summary>A declaration's network and its <c>train { }</c> block as data; generated code emits one per network model.</summary>
public sealed class NetworkSpec
{
    /// <summary>Creates the spec (called by generated code).</summary>
    /// <param name="inputShape">Shape of one row as the first layer sees it; its product is the preprocessed feature count.</param>
    /// <param name="outputSize">Classes (1 for binary cross-entropy) or 1 for a regressor.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="optimizer">The optimiser.</param>
    /// <param name="learningRate">Initial learning rate.</param>
    /// <param name="momentum">SGD momentum.</param>
    /// <param name="weightDecay">Weight decay.</param>
    /// <param name="schedule">Learning-rate schedule.</param>
    /// <param name="stepSize">Step schedule: epochs between multiplications by <paramref name="gamma"/>.</param>
    /// <param name="gamma">Step schedule: the factor.</param>
    /// <param name="epochs">Epochs to train.</param>
    /// <param name="batchSize">Rows per batch.</param>
    /// <param name="validationFraction">Fraction of the training rows held out for validation (0: none).</param>
    /// <param name="monitor"><c>val_loss</c> or <c>val_accuracy</c>: what early stopping and best weights follow.</param>
    /// <param name="patience">Epochs without improvement before stopping (0: no early stopping).</param>
    /// <param name="restoreBestWeights">End with the weights of the best epoch.</param>
    /// <param name="gradientClipNorm">Maximum L2 norm of all gradients together (0: no clipping).</param>
    /// <param name="seed">Seed of initial weights, validation split, batch order and dropout.</param>
    /// <param name="device"><c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</param>
    /// <param name="checkpointEvery">Epochs between checkpoints when a checkpoint path is given (0: every epoch).</param>
    /// <param name="layerSummary">One line per layer with its output shape.</param>
    /// <param name="inputs">The module's inputs with their columns of the feature vector, the main one first (null: one input, <see cref="Batch.Features"/>, holding every column).</param>
    public NetworkSpec(
        long[] inputShape,
        int outputSize,
        LossKind loss,
        OptimizerKind optimizer,
        double learningRate,
        double momentum,
        double weightDecay,
        ScheduleKind schedule,
        int stepSize,
        double gamma,
        int epochs,
        int batchSize,
        double validationFraction,
        string monitor,
        int patience,
        bool restoreBestWeights,
        double gradientClipNorm,
        int seed,
        string device,
        int checkpointEvery,
        string[] layerSummary,
        NetworkInput[]? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(layerSummary);
        if (inputShape.Length == 0 || inputShape.Any(d => d < 1)) throw new ArgumentException("Every dimension of the input shape must be at least 1.", nameof(inputShape));
        ArgumentOutOfRangeException.ThrowIfLessThan(outputSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpointEvery);
        if (!(learningRate > 0)) throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive.");
        if (!(validationFraction >= 0 && validationFraction < 1)) throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction, "The validation fraction must be in [0, 1).");
        if (schedule == ScheduleKind.Step && stepSize < 1) throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "A step schedule needs a step size of at least 1.");
        if (monitor is not ("val_loss" or "val_accuracy")) throw new ArgumentException($"Unknown monitored metric '{monitor}' (val_loss or val_accuracy).", nameof(monitor));
        InputShape = inputShape.ToArray();
        OutputSize = outputSize;
        Loss = loss;
        Optimizer = optimizer;
        LearningRate = learningRate;
        Momentum = momentum;
        WeightDecay = weightDecay;
        Schedule = schedule;
        StepSize = stepSize;
        Gamma = gamma;
        Epochs = epochs;
        BatchSize = batchSize;
        ValidationFraction = validationFraction;
        Monitor = monitor;
        Patience = patience;
        RestoreBestWeights = restoreBestWeights;
        GradientClipNorm = gradientClipNorm;
        Seed = seed;
        Device = device;
        CheckpointEvery = checkpointEvery;
        LayerSummary = layerSummary.ToArray();
        Inputs = inputs is null
            ? new[] { new NetworkInput(Batch.Features, InputShape.ToArray(), Enumerable.Range(0, checked((int)InputShape.Aggregate(1L, (a, b) => a * b))).ToArray()) }
            : CheckInputs(inputs, InputShape);
        InputSize = Inputs.Sum(i => (long)i.Columns.Count);
    }

    /// <summary>
    /// The declared run log (<c>log tensorboard "runs/"</c>, <c>log csv "runs/"</c> in <c>train { }</c>); null: none.
    /// <see cref="NetworkTrainingOptions.Log"/> replaces it.
    /// </summary>
    public ModelDsl.Runtime.RunLogs.RunLogOptions? Log { get; init; }

    /// <summary>Shape of one row of the main input (the row's features) as the first layer sees it.</summary>
    public IReadOnlyList<long> InputShape { get; }

    /// <summary>Number of features the module reads per row, all inputs together (the preprocessed feature vector's length).</summary>
    public long InputSize { get; }

    /// <summary>
    /// The module's inputs in forward order: the main input (<see cref="Batch.Features"/>) first, then the named inputs
    /// (<c>input sepal from …</c>), each with its columns of the preprocessed feature vector. One input holds every column.
    /// </summary>
    public IReadOnlyList<NetworkInput> Inputs { get; }

    private static NetworkInput[] CheckInputs(NetworkInput[] inputs, IReadOnlyList<long> inputShape)
    {
        if (inputs.Length == 0 || inputs.Any(i => i is null)) throw new ArgumentException("A network has at least one input, and none is null.", nameof(inputs));
        if (inputs[0].Name != Batch.Features || !inputs[0].Shape.SequenceEqual(inputShape))
            throw new ArgumentException($"The first input is the main one, '{Batch.Features}' of shape [{string.Join(", ", inputShape)}].", nameof(inputs));
        if (inputs.Select(i => i.Name).Distinct(StringComparer.Ordinal).Count() != inputs.Length || inputs.Any(i => i.Name == Batch.Target))
            throw new ArgumentException($"The inputs {string.Join(", ", inputs.Select(i => i.Name))} repeat a name or use '{Batch.Target}'.", nameof(inputs));
        // Every column of the feature vector feeds exactly one input.
        var columns = inputs.SelectMany(i => i.Columns).OrderBy(c => c).ToArray();
        if (!columns.SequenceEqual(Enumerable.Range(0, columns.Length)))
            throw new ArgumentException("The inputs' columns must cover the feature vector, each column once.", nameof(inputs));
        return inputs.ToArray();
    }

    /// <summary>Classes (1 for binary cross-entropy) or 1 for a regressor.</summary>
    public int OutputSize { get; }

    /// <summary>The loss.</summary>
    public LossKind Loss { get; }

    /// <summary>The optimiser.</summary>
    public OptimizerKind Optimizer { get; }

    /// <summary>Initial learning rate.</summary>
    public double LearningRate { get; }

    /// <summary>SGD momentum.</summary>
    public double Momentum { get; }

    /// <summary>Weight decay.</summary>
    public double WeightDecay { get; }

    /// <summary>Learning-rate schedule.</summary>
    public ScheduleKind Schedule { get; }

    /// <summary>Step schedule: epochs between multiplications by <see cref="Gamma"/>.</summary>
    public int StepSize { get; }

    /// <summary>Step schedule: the factor.</summary>
    public double Gamma { get; }

    /// <summary>Epochs to train.</summary>
    public int Epochs { get; }

    /// <summary>Rows per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Fraction of the training rows held out for validation (0: none).</summary>
    public double ValidationFraction { get; }

    /// <summary>
    /// <c>val_loss</c> or <c>val_accuracy</c> (classifiers): what early stopping and the best weights follow. Without a
    /// validation split both fall back to the training loss.
    /// </summary>
    public string Monitor { get; }

    /// <summary>Epochs without improvement before stopping (0: no early stopping).</summary>
    public int Patience { get; }

    /// <summary>End with the weights of the best epoch.</summary>
    public bool RestoreBestWeights { get; }

    /// <summary>Maximum L2 norm of all gradients together (0: no clipping).</summary>
    public double GradientClipNorm { get; }

    /// <summary>Seed of initial weights, validation split, batch order and dropout.</summary>
    public int Seed { get; }

    /// <summary><c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</summary>
    public string Device { get; }

    /// <summary>Epochs between checkpoints when a checkpoint path is given (0: every epoch).</summary>
    public int CheckpointEvery { get; }

    /// <summary>One line per layer with its output shape.</summary>
    public IReadOnlyList<string> LayerSummary { get; }

    /// <summary>The learning rate of epoch <paramref name="epoch"/> (1-based) of <paramref name="epochs"/>; a closed form, so a resumed run needs no scheduler state.</summary>
    public double LearningRateAt(int epoch, int epochs)
    {
        var completed = epoch - 1;
        return Schedule switch
        {
            ScheduleKind.Step => LearningRate * Math.Pow(Gamma, completed / StepSize),
            ScheduleKind.Cosine => LearningRate * (1 + Math.Cos(Math.PI * completed / epochs)) / 2,
            _ => LearningRate,
        };
    }
}
