using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>A trained regressor: preprocessing plus the fitted linear model. Immutable and thread-safe.</summary>
public sealed class TrainedRegressor : TrainedModel<LinearRegressionModel, RegressionReport>
{
    private TrainedRegressor(ModelSpec spec, FeaturePipeline pipeline, TrainingSummary summary, LinearRegressionModel algorithm)
        : base(spec, pipeline, summary, algorithm)
    {
    }

    /// <summary>Trains per the declaration: split, fit preprocessing and algorithm, evaluate the held-out rows.</summary>
    public static TrainedRegressor Train(ModelSpec spec, TrainingData data, TrainingOptions? options = null, IProgress<TrainingProgress>? progress = null) =>
        Train(spec, data, options, progress,
            (x, train) => LinearRegressionTrainer.Fit(x, train.Labels, Options(spec)),
            (pipeline, summary, algorithm) => new TrainedRegressor(spec, pipeline, summary, algorithm));

    private static LinearRegressionOptions Options(ModelSpec spec) => spec.Algorithm switch
    {
        "linear_regression" => new LinearRegressionOptions { Penalty = Penalty.None, FitIntercept = spec.Flag("fit_intercept") },
        "ridge" => new LinearRegressionOptions { Penalty = Penalty.L2, Alpha = spec.Number("alpha"), FitIntercept = spec.Flag("fit_intercept") },
        "lasso" => new LinearRegressionOptions
        {
            Penalty = Penalty.L1, Alpha = spec.Number("alpha"), MaxIterations = spec.Integer("max_iter"), Tolerance = spec.Number("tol"), FitIntercept = spec.Flag("fit_intercept"),
        },
        "elastic_net" => new LinearRegressionOptions
        {
            Penalty = Penalty.ElasticNet, Alpha = spec.Number("alpha"), L1Ratio = spec.Number("l1_ratio"), MaxIterations = spec.Integer("max_iter"),
            Tolerance = spec.Number("tol"), FitIntercept = spec.Flag("fit_intercept"),
        },
        _ => throw new NotSupportedException($"Regressor algorithm '{spec.Algorithm}' is not known to this runtime."),
    };

    /// <summary>Predicts one row. Allocates nothing.</summary>
    public double Predict(ReadOnlySpan<double> numeric, ReadOnlySpan<string?> text)
    {
        var count = Pipeline.OutputCount;
        if (count <= SmallFeatures)
        {
            var buffer = default(SmallBuffer);
            Span<double> small = ((Span<double>)buffer)[..count];
            Pipeline.Transform(numeric, text, small);
            return Algorithm.Predict(small);
        }
        if (count > StackLimit) return WithFeatures(numeric, text, Algorithm, static (features, algorithm) => algorithm.Predict(features));
        Span<double> features = stackalloc double[count];
        Pipeline.Transform(numeric, text, features);
        return Algorithm.Predict(features);
    }

    /// <inheritdoc />
    public override RegressionReport Evaluate(TrainingData data)
    {
        var predicted = new double[data.Rows];
        for (var r = 0; r < data.Rows; r++) predicted[r] = Predict(data.NumericRow(r), data.TextRow(r));
        var metrics = RegressionMetrics.Compute(data.Labels, predicted);
        return new RegressionReport(data.Rows, metrics.R2, metrics.MeanAbsoluteError, metrics.RootMeanSquaredError);
    }

    /// <summary>k-fold cross-validation of the declaration; the metric is R².</summary>
    public static CrossValidationReport<RegressionReport> CrossValidate(ModelSpec spec, TrainingData data, int k, TrainingOptions? options = null) =>
        CrossValidate(spec, data, k, options, (train, o) => Train(spec, train, o), r => r.R2, "R²");

    private protected override void WriteAlgorithm(ModelFileSections sections) =>
        sections.Add("linear.coefficients", Algorithm.Coefficients.ToArray()).Add("linear.intercept", new[] { Algorithm.Intercept });

    /// <summary>Loads a saved regressor, checking it was trained from this declaration.</summary>
    public static TrainedRegressor Load(ModelSpec spec, Stream stream) => Load(spec, stream, "the model stream");

    /// <summary>Loads a saved regressor from a file.</summary>
    public static TrainedRegressor Load(ModelSpec spec, string path) => LoadFile(path, (s, source) => Load(spec, s, source));

    private static TrainedRegressor Load(ModelSpec spec, Stream stream, string source)
    {
        var (content, pipeline, summary) = Open(spec, stream, source);
        try
        {
            var algorithm = LinearRegressionModel.FromParameters(content.Doubles("linear.coefficients", pipeline.OutputCount), content.Doubles("linear.intercept", 1)[0]);
            return new TrainedRegressor(spec, pipeline, summary, algorithm);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileCorruptedException($"{source}: its parameters do not fit the model ({e.Message})", e);
        }
    }
}
