using System;
using System.Buffers;
using System.Numerics.Tensors;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using KnnCatalog = ModelDsl.Catalog.Algorithms.KNeighbors;

namespace ModelDsl.Runtime.Learning;

/// <summary>How neighbours are weighed (scikit-learn's <c>weights</c>).</summary>
public enum NeighborWeights
{
    /// <summary>Every neighbour counts alike.</summary>
    Uniform,

    /// <summary>By the inverse of its distance; neighbours at distance 0 decide alone.</summary>
    Distance,
}

/// <summary>The distance between rows (scikit-learn's <c>metric</c>).</summary>
public enum NeighborMetric
{
    /// <summary>√Σ(xᵢ − yᵢ)².</summary>
    Euclidean,

    /// <summary>Σ|xᵢ − yᵢ|.</summary>
    Manhattan,
}

/// <summary>Settings of k-nearest neighbours (scikit-learn 1.2.1's defaults).</summary>
public sealed record KNeighborsOptions
{
    /// <summary>How many neighbours vote (at most the number of training rows).</summary>
    public int Neighbors { get; init; } = 5;

    /// <summary>How their votes are weighed.</summary>
    public NeighborWeights Weights { get; init; } = NeighborWeights.Uniform;

    /// <summary>The distance.</summary>
    public NeighborMetric Metric { get; init; } = NeighborMetric.Euclidean;
}

/// <summary>
/// The k nearest training rows of a query, by brute force (as scikit-learn's <c>algorithm="brute"</c>): every training
/// row is measured, and the k smallest distances are kept in a sorted buffer. Ties keep the earlier training row, as
/// scikit-learn's heap does. Immutable and thread-safe; a search allocates nothing for k ≤ 128 (a pooled buffer above).
/// </summary>
/// <remarks>
/// Hand-written rather than a library's: the well-kept .NET options (ML.NET has no k-NN; MathNet none) would copy the
/// training set per query or allocate per call. Distances use <see cref="TensorPrimitives"/>' vectorised kernels.
/// </remarks>
public sealed class NeighborSearch
{
    private const int StackNeighbors = 128;
    private readonly double[] _points;

    /// <summary>A search over <paramref name="rows"/> × <paramref name="featureCount"/> training values, row-major.</summary>
    public NeighborSearch(double[] points, int rows, int featureCount, KNeighborsOptions options)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        if (rows < 1) throw new ArgumentException("k-nearest neighbours needs at least one training row.", nameof(rows));
        if (points.Length != checked(rows * featureCount))
            throw new ArgumentException($"The training points hold {points.Length} values, not {rows} rows × {featureCount} features.", nameof(points));
        if (options.Neighbors < 1 || options.Neighbors > rows)
            throw new ArgumentException($"n_neighbors is {options.Neighbors}, but there are {rows} training rows; it must be 1 to {rows}.", nameof(options));
        if (!TensorPrimitives.IsFiniteAll<double>(points)) throw new ArgumentException("A training point is not finite.", nameof(points));
        _points = points;
        Rows = rows;
        FeatureCount = featureCount;
        Options = options;
    }

    /// <summary>Training rows held.</summary>
    public int Rows { get; }

    /// <summary>Features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>k, the weights and the metric.</summary>
    public KNeighborsOptions Options { get; }

    /// <summary>The training points, row-major.</summary>
    public ReadOnlySpan<double> Points => _points;

    /// <summary>Calls <paramref name="visit"/> with the k nearest rows (indices, ascending distances) of one query. Allocates nothing.</summary>
    public TResult Nearest<TState, TResult>(ReadOnlySpan<double> query, TState state, NearestVisitor<TState, TResult> visit)
        where TState : allows ref struct
    {
        DataValidation.EnsureFeatures(query, FeatureCount);
        var k = Options.Neighbors;
        if (k <= StackNeighbors)
        {
            Span<int> indices = stackalloc int[k];
            Span<double> distances = stackalloc double[k];
            Search(query, indices, distances);
            return visit(indices, distances, state);
        }
        var pooledIndices = ArrayPool<int>.Shared.Rent(k);
        var pooledDistances = ArrayPool<double>.Shared.Rent(k);
        try
        {
            var indices = pooledIndices.AsSpan(0, k);
            var distances = pooledDistances.AsSpan(0, k);
            Search(query, indices, distances);
            return visit(indices, distances, state);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooledIndices);
            ArrayPool<double>.Shared.Return(pooledDistances);
        }
    }

    private void Search(ReadOnlySpan<double> query, Span<int> indices, Span<double> distances)
    {
        var k = indices.Length;
        var filled = 0;
        var d = FeatureCount;
        var euclidean = Options.Metric == NeighborMetric.Euclidean;
        var points = _points.AsSpan();
        for (var row = 0; row < Rows; row++)
        {
            var point = points.Slice(row * d, d);
            var distance = euclidean ? TensorPrimitives.Distance(query, point) : ManhattanDistance(query, point);
            if (filled == k && distance >= distances[k - 1]) continue; // a tie keeps the earlier row
            var at = filled < k ? filled++ : k - 1;
            while (at > 0 && distances[at - 1] > distance)
            {
                distances[at] = distances[at - 1];
                indices[at] = indices[at - 1];
                at--;
            }
            distances[at] = distance;
            indices[at] = row;
        }
    }

    private static double ManhattanDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += Math.Abs(a[i] - b[i]);
        return sum;
    }

    /// <summary>
    /// The weight of neighbour <paramref name="i"/> of a search's result: 1 for uniform; 1/distance for distance, except
    /// that when the nearest is at distance 0, those at 0 weigh 1 and all others 0 (scikit-learn's rule).
    /// </summary>
    public double Weight(ReadOnlySpan<double> distances, int i) =>
        Options.Weights == NeighborWeights.Uniform ? 1 : distances[0] == 0 ? (distances[i] == 0 ? 1 : 0) : 1 / distances[i];
}

/// <summary>What a caller does with the k nearest rows of a query (indices and distances, nearest first).</summary>
public delegate TResult NearestVisitor<TState, TResult>(ReadOnlySpan<int> indices, ReadOnlySpan<double> distances, TState state)
    where TState : allows ref struct;

/// <summary>A trained k-nearest-neighbours classifier: the training rows and their classes. Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class KNeighborsClassifierModel : IClassificationModel
{
    private readonly int[] _classes;

    private KNeighborsClassifierModel(NeighborSearch search, int[] classes, int classCount)
    {
        Search = search;
        _classes = classes;
        ClassCount = classCount;
    }

    /// <summary>The neighbour search over the training rows.</summary>
    public NeighborSearch Search { get; }

    /// <summary>The class of each training row.</summary>
    public ReadOnlySpan<int> Classes => _classes;

    /// <inheritdoc />
    public int FeatureCount => Search.FeatureCount;

    /// <inheritdoc />
    public int ClassCount { get; }

    /// <summary>A model from its training rows and classes (as a model file holds them).</summary>
    public static KNeighborsClassifierModel FromParameters(int featureCount, int classCount, double[] points, int[] classes, KNeighborsOptions options)
    {
        ArgumentNullException.ThrowIfNull(classes);
        foreach (var c in classes)
        {
            if ((uint)c >= (uint)classCount) throw new ArgumentException($"A training row has class {c}, outside 0..{classCount - 1}.", nameof(classes));
        }
        return new KNeighborsClassifierModel(new NeighborSearch(points, classes.Length, featureCount, options), classes, classCount);
    }

    /// <summary>The share of the k neighbours' weight in each class (scikit-learn's <c>predict_proba</c>).</summary>
    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        DataValidation.EnsureOutput(probabilities.Length, ClassCount, nameof(probabilities));
        Search.Nearest(features, new Votes(this, probabilities), static (indices, distances, votes) =>
        {
            var model = votes.Model;
            var p = votes.Probabilities[..model.ClassCount];
            p.Clear();
            double total = 0;
            for (var i = 0; i < indices.Length; i++)
            {
                var weight = model.Search.Weight(distances, i);
                p[model._classes[indices[i]]] += weight;
                total += weight;
            }
            TensorPrimitives.Divide(p, total, p);
            return 0;
        });
    }

    private readonly ref struct Votes(KNeighborsClassifierModel model, Span<double> probabilities)
    {
        public KNeighborsClassifierModel Model { get; } = model;

        public Span<double> Probabilities { get; } = probabilities;
    }
}

/// <summary>A trained k-nearest-neighbours regressor: the training rows and their targets. Immutable and thread-safe; prediction allocates nothing.</summary>
public sealed class KNeighborsRegressorModel : IRegressionModel
{
    private readonly double[] _targets;

    private KNeighborsRegressorModel(NeighborSearch search, double[] targets)
    {
        Search = search;
        _targets = targets;
    }

    /// <summary>The neighbour search over the training rows.</summary>
    public NeighborSearch Search { get; }

    /// <summary>The target of each training row.</summary>
    public ReadOnlySpan<double> Targets => _targets;

    /// <inheritdoc />
    public int FeatureCount => Search.FeatureCount;

    /// <summary>A model from its training rows and targets (as a model file holds them).</summary>
    public static KNeighborsRegressorModel FromParameters(int featureCount, double[] points, double[] targets, KNeighborsOptions options)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (!TensorPrimitives.IsFiniteAll<double>(targets)) throw new ArgumentException("A training target is not finite.", nameof(targets));
        return new KNeighborsRegressorModel(new NeighborSearch(points, targets.Length, featureCount, options), targets);
    }

    /// <summary>The weighted mean target of the k neighbours (scikit-learn's <c>predict</c>).</summary>
    public double Predict(ReadOnlySpan<double> features) =>
        Search.Nearest(features, this, static (indices, distances, model) =>
        {
            double sum = 0, total = 0;
            for (var i = 0; i < indices.Length; i++)
            {
                var weight = model.Search.Weight(distances, i);
                sum += weight * model._targets[indices[i]];
                total += weight;
            }
            return model.Search.Options.Weights == NeighborWeights.Uniform ? sum / indices.Length : sum / total;
        });
}

/// <summary>Fits k-nearest neighbours: checks and keeps the training rows.</summary>
public static class KNeighborsTrainer
{
    /// <summary>Keeps the rows and classes of a classifier.</summary>
    /// <exception cref="DataValidationException">A feature is NaN or infinite; the message names row and column.</exception>
    public static KNeighborsClassifierModel FitClassifier(FeatureMatrix x, ReadOnlySpan<int> labels, int classCount, KNeighborsOptions? options = null)
    {
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureLabels(labels, x.Rows, classCount);
        return KNeighborsClassifierModel.FromParameters(x.Columns, classCount, Copy(x), labels.ToArray(), Checked(options, x.Rows));
    }

    /// <summary>Keeps the rows and targets of a regressor.</summary>
    /// <exception cref="DataValidationException">A feature or target is NaN or infinite; the message names row and column.</exception>
    public static KNeighborsRegressorModel FitRegressor(FeatureMatrix x, ReadOnlySpan<double> y, KNeighborsOptions? options = null)
    {
        DataValidation.EnsureFinite(x);
        DataValidation.EnsureRows(x);
        DataValidation.EnsureTarget(y, x.Rows);
        return KNeighborsRegressorModel.FromParameters(x.Columns, Copy(x), y.ToArray(), Checked(options, x.Rows));
    }

    private static KNeighborsOptions Checked(KNeighborsOptions? options, int rows)
    {
        options ??= new KNeighborsOptions();
        if (options.Neighbors > rows)
            throw new ArgumentException($"n_neighbors is {options.Neighbors}, but training has only {rows} rows; lower n_neighbors or train on more rows.");
        return options;
    }

    private static double[] Copy(FeatureMatrix x) => x.Values.AsSpan(0, x.Rows * x.Columns).ToArray();
}

/// <summary>The runtime homes of knn: options from the declaration, the training rows in the model file.</summary>
internal static class KNeighborsHomes
{
    public static KNeighborsOptions Options(ModelSpec spec) => new()
    {
        Neighbors = spec.Integer(KnnCatalog.NNeighbors),
        Weights = spec.Choice(KnnCatalog.Weights) == "distance" ? NeighborWeights.Distance : NeighborWeights.Uniform,
        Metric = spec.Choice(KnnCatalog.Metric) == "manhattan" ? NeighborMetric.Manhattan : NeighborMetric.Euclidean,
    };
}

internal sealed class KNeighborsClassifierHome() : ClassifierHome(KnnCatalog.Classifier)
{
    public override IClassificationModel Fit(ModelSpec spec, FeatureMatrix x, int[] labels, int classes, IProgress<FitProgress> progress) =>
        KNeighborsTrainer.FitClassifier(x, labels, classes, KNeighborsHomes.Options(spec));

    public override void Write(IClassificationModel model, ModelFileSections sections)
    {
        var m = (KNeighborsClassifierModel)model;
        sections.Add(KnnCatalog.PointsSection, m.Search.Points.ToArray()).Add(KnnCatalog.TargetsSection, m.Classes.ToArray());
    }

    public override IClassificationModel Read(ModelSpec spec, ModelFileContent content, int features, int classes) =>
        KNeighborsClassifierModel.FromParameters(features, classes, content.Doubles(KnnCatalog.PointsSection), content.Ints(KnnCatalog.TargetsSection),
            KNeighborsHomes.Options(spec));
}

internal sealed class KNeighborsRegressorHome() : RegressorHome(KnnCatalog.Regressor)
{
    public override IRegressionModel Fit(ModelSpec spec, FeatureMatrix x, double[] y, IProgress<FitProgress> progress) =>
        KNeighborsTrainer.FitRegressor(x, y, KNeighborsHomes.Options(spec));

    public override void Write(IRegressionModel model, ModelFileSections sections)
    {
        var m = (KNeighborsRegressorModel)model;
        sections.Add(KnnCatalog.PointsSection, m.Search.Points.ToArray()).Add(KnnCatalog.TargetsSection, m.Targets.ToArray());
    }

    public override IRegressionModel Read(ModelSpec spec, ModelFileContent content, int features) =>
        KNeighborsRegressorModel.FromParameters(features, content.Doubles(KnnCatalog.PointsSection), content.Doubles(KnnCatalog.TargetsSection),
            KNeighborsHomes.Options(spec));
}
