using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ModelDsl.Runtime.Learning;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using Xunit;

namespace ModelDsl.Runtime.Tests;

/// <summary>
/// Per-iteration progress and training curves: iterative learners report each step (steps increasing, the last
/// one always), trained models keep the loss per step as <see cref="TrainedModel.Curves"/>, the curves survive
/// Save/Load, and files written before curves were stored still load.
/// </summary>
public sealed class TrainingProgressTests
{
    private static readonly string[] Species = ["setosa", "versicolor", "virginica"];

    /// <summary>Keeps every report, synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class Recorder<T> : IProgress<T>
    {
        private int _inside;

        public List<T> Reports { get; } = new();

        /// <summary>Set when two reports overlapped in time.</summary>
        public bool Overlapped { get; private set; }

        public void Report(T value)
        {
            if (Interlocked.Exchange(ref _inside, 1) == 1) Overlapped = true;
            Thread.SpinWait(200); // widen the window an overlap would need
            Reports.Add(value);
            Volatile.Write(ref _inside, 0);
        }
    }

    private static (ModelSpec Spec, TrainingData Data, double[][] Rows) Iris(LearningTask task, string algorithm, params (string, string)[] parameters)
    {
        var table = TestData.Csv("iris.csv");
        var rows = table.Rows.Select(r => r[..4].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Append(Array.IndexOf(Species, r[4])).ToArray()).ToArray();
        var features = table.Header[..4].Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("Iris", task, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, task == LearningTask.Classifier ? Species : [], task == LearningTask.Classifier ? 0.2 : 0,
            task == LearningTask.Classifier, 42, 0, [], "hash-" + algorithm, "species");
        LabelExtractor<double[]>? label = task == LearningTask.Classifier ? (in double[] row) => row[4] : null;
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 4).CopyTo(n), label);
        return (spec, TrainingData.Collect(spec, rows, reader), rows);
    }

    private static (ModelSpec Spec, TrainingData Data) Diabetes(string algorithm, params (string, string)[] parameters)
    {
        var table = TestData.Csv("diabetes.csv");
        var rows = table.Rows.Select(r => r.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var features = table.Header[..^1].Select(n => new FeatureSpec(n, FeatureKind.Numeric, 0, FeatureScaling.Standardize, Imputation.Reject, 0)).ToArray();
        var spec = new ModelSpec("Progression", LearningTask.Regressor, algorithm, parameters.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)).ToArray(),
            features, 1, false, true, 1, [], 0.2, false, 42, 0, [], "hash-" + algorithm, "progression");
        var reader = new RowReader<double[]>((in double[] row, Span<double> n, Span<string?> _) => row.AsSpan(0, 10).CopyTo(n), (in double[] row) => row[10]);
        return (spec, TrainingData.Collect(spec, rows, reader));
    }

    private static readonly (string, string)[] Logistic =
        [("c", "1.0"), ("penalty", "l2"), ("max_iter", "200"), ("tol", "1e-8"), ("fit_intercept", "true"), ("class_weight", "none")];

    private static readonly (string, string)[] KMeans = [("k", "3"), ("n_init", "5"), ("max_iter", "300"), ("tol", "1e-4"), ("seed", "7")];

    /// <summary>The iterative stage's reports: steps increasing, and the last planned or reached step among them.</summary>
    private static List<TrainingProgress> Steps(Recorder<TrainingProgress> recorder)
    {
        var steps = recorder.Reports.Where(p => p.Step is not null).ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, p => Assert.InRange(p.Fraction, 0.1, 0.95));
        return steps;
    }

    private static void AssertDecreasing(IReadOnlyList<double> values, double slack = 1e-12)
    {
        Assert.True(values.Count >= 2, $"only {values.Count} values");
        for (var i = 1; i < values.Count; i++)
            Assert.True(values[i] <= values[i - 1] + slack * Math.Max(1, Math.Abs(values[i - 1])), $"value {i} ({values[i]}) is above value {i - 1} ({values[i - 1]})");
        Assert.True(values[^1] < values[0]);
    }

    [Fact]
    public void Logistic_regression_reports_its_iterations_and_keeps_a_decreasing_loss_curve()
    {
        var (spec, data, _) = Iris(LearningTask.Classifier, "logistic_regression", Logistic);
        var recorder = new Recorder<TrainingProgress>();
        var model = TrainedClassifier.Train(spec, data, progress: recorder);

        var steps = Steps(recorder);
        Assert.All(steps, p => Assert.Equal("fitting logistic_regression", p.Stage));
        Assert.All(steps, p => Assert.Equal(200, p.Steps));
        Assert.All(steps, p => Assert.Equal("loss", p.LossName));
        for (var i = 1; i < steps.Count; i++) Assert.True(steps[i].Step > steps[i - 1].Step);
        Assert.Equal(["preprocessing", "fitting logistic_regression"], recorder.Reports.Take(2).Select(p => p.Stage));
        Assert.Equal(["evaluating", "done"], recorder.Reports.TakeLast(2).Select(p => p.Stage));

        var curves = model.Curves;
        Assert.False(curves.IsEmpty);
        Assert.Equal("iteration", curves.StepName);
        var loss = Assert.Single(curves.Series);
        Assert.Equal("loss", loss.Name);
        AssertDecreasing(loss.Values);
        // The final step reaches the caller, with the curve's last value; a mean log-loss below ln 3 at that.
        Assert.Equal(loss.Steps[^1], steps[^1].Step!.Value);
        Assert.Equal(loss.Values[^1], steps[^1].Loss!.Value);
        Assert.InRange(loss.Values[^1], 0.01, Math.Log(3));

        // Without a progress the curves are the same.
        Assert.Equal(loss.Values, TrainedClassifier.Train(spec, data).Curves.Series[0].Values);
    }

    [Fact]
    public void Curves_survive_save_and_load_and_files_without_them_still_load()
    {
        var (spec, data, rows) = Iris(LearningTask.Classifier, "logistic_regression", Logistic);
        var model = TrainedClassifier.Train(spec, data);
        using var file = new MemoryStream();
        model.Save(file);
        var saved = file.ToArray();
        var loaded = TrainedClassifier.Load(spec, new MemoryStream(saved));
        Assert.Equal(model.Curves.StepName, loaded.Curves.StepName);
        Assert.Equal(model.Curves.Series.Select(s => s.Name), loaded.Curves.Series.Select(s => s.Name));
        Assert.Equal(model.Curves.Series[0].Steps, loaded.Curves.Series[0].Steps);
        Assert.Equal(model.Curves.Series[0].Values, loaded.Curves.Series[0].Values);

        // A file as written before curves were stored: every section but "history".
        var content = ModelFile.Inspect(new MemoryStream(saved));
        Assert.Contains(content.Sections, s => s.Name == TrainingCurves.SectionName);
        var old = new ModelFileSections();
        foreach (var (name, kind, _) in content.Sections.Where(s => s.Name != TrainingCurves.SectionName && !s.Name.StartsWith(TrainingCurves.SectionName + ".", StringComparison.Ordinal)))
        {
            switch (kind)
            {
                case "numbers": old.Add(name, content.Doubles(name)); break;
                case "integers": old.Add(name, content.Ints(name)); break;
                case "texts": old.Add(name, content.Strings(name)); break;
                default: old.Add(name, content.Bytes(name)); break;
            }
        }
        using var oldFile = new MemoryStream();
        ModelFile.Write(oldFile, content.Header, old);
        var fromOld = TrainedClassifier.Load(spec, new MemoryStream(oldFile.ToArray()));
        Assert.True(fromOld.Curves.IsEmpty);
        Span<double> a = stackalloc double[3], b = stackalloc double[3];
        foreach (var row in rows.Take(20))
        {
            model.PredictProbabilities(row.AsSpan(0, 4), default, a);
            fromOld.PredictProbabilities(row.AsSpan(0, 4), default, b);
            Assert.Equal(a.ToArray(), b.ToArray());
        }
    }

    [Fact]
    public void KMeans_reports_each_restart_and_keeps_the_winning_restarts_inertia_curve()
    {
        var (spec, data, _) = Iris(LearningTask.Clusterer, "kmeans", KMeans);
        var recorder = new Recorder<TrainingProgress>();
        var model = TrainedClusterer.Train(spec, data, progress: recorder);

        var steps = Steps(recorder);
        Assert.All(steps, p => Assert.Equal("inertia", p.LossName));
        Assert.All(steps, p => Assert.Equal("centre shift", p.MetricName));
        // Each restart is announced; within one the steps increase, and the fraction never goes back.
        var restarts = steps.Select(p => p.Stage).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(r => $"fitting kmeans, restart {r} of 5"), restarts);
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].Stage == steps[i - 1].Stage) Assert.True(steps[i].Step > steps[i - 1].Step);
            Assert.True(steps[i].Fraction >= steps[i - 1].Fraction);
        }

        var curves = model.Curves;
        Assert.Equal(["inertia", "centre shift"], curves.Series.Select(s => s.Name));
        var inertia = curves.Series[0];
        Assert.Equal(model.Algorithm.Iterations, (int)inertia.Steps[^1]);
        Assert.Equal(Enumerable.Range(1, model.Algorithm.Iterations).Select(i => (double)i), inertia.Steps);
        AssertDecreasing(inertia.Values, 1e-9);
        Assert.InRange(model.Algorithm.BestRun, 1, 5);
        // The winning restart's last E-step inertia is (about) the model's: its centres barely moved after it.
        Assert.InRange(inertia.Values[^1] / model.Algorithm.Inertia, 0.999, 1.001);

        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        Assert.Equal(inertia.Values, TrainedClusterer.Load(spec, file).Curves.Series[0].Values);
    }

    [Fact]
    public void Forest_counts_its_trees_one_report_at_a_time_in_order()
    {
        var (spec, data, _) = Iris(LearningTask.Classifier, "random_forest", ("n_estimators", "64"), ("seed", "1"));
        var x = new FeatureMatrix(Enumerable.Range(0, data.Rows).SelectMany(r => data.NumericRow(r).ToArray()).ToArray(), data.Rows, 4);
        var labels = data.Labels.Select(v => (int)v).ToArray();
        var recorder = new Recorder<FitProgress>();
        RandomForestTrainer.FitClassifier(x, labels, 3, new RandomForestOptions { Estimators = 64, MaxDegreeOfParallelism = 4 }, recorder);
        Assert.False(recorder.Overlapped, "two threads reported at once");
        Assert.Equal(Enumerable.Range(1, 64), recorder.Reports.Select(p => p.Iteration));
        Assert.All(recorder.Reports, p => Assert.Equal(64, p.MaxIterations));
        Assert.All(recorder.Reports, p => Assert.Equal("tree", p.StepName));

        // Through the model: trees done of N, the last one always; a forest has no loss curve.
        var progress = new Recorder<TrainingProgress>();
        var model = TrainedClassifier.Train(spec, data, progress: progress);
        var steps = Steps(progress);
        Assert.All(steps, p => Assert.Equal("tree", p.StepName));
        Assert.Equal(64, steps[^1].Step);
        Assert.Null(steps[^1].Loss);
        Assert.True(model.Curves.IsEmpty);
    }

    [Fact]
    public void Lasso_reports_each_sweep_with_a_falling_objective()
    {
        var (spec, data) = Diabetes("lasso", ("alpha", "0.01"), ("max_iter", "1000"), ("tol", "1e-6"), ("fit_intercept", "true"));
        var recorder = new Recorder<TrainingProgress>();
        var model = TrainedRegressor.Train(spec, data, progress: recorder);
        var steps = Steps(recorder);
        Assert.All(steps, p => Assert.Equal("sweep", p.StepName));
        var curves = model.Curves;
        Assert.Equal("sweep", curves.StepName);
        Assert.Equal(["objective", "max change"], curves.Series.Select(s => s.Name));
        var linear = Assert.IsType<LinearRegressionModel>(model.Algorithm);
        Assert.Equal(linear.Iterations, (int)curves.Series[0].Steps[^1]);
        AssertDecreasing(curves.Series[0].Values, 1e-12);
        Assert.Equal(curves.Series[0].Steps[^1], steps[^1].Step!.Value);
        // Throttled: the first step, then at most one per 50 ms, then the last (the curve keeps every sweep).
        Assert.True(curves.Series[0].Steps.Count > 10, $"{curves.Series[0].Steps.Count} sweeps");
        var allowed = 2 + (int)(recorder.Reports[^1].Elapsed / TimeSpan.FromMilliseconds(50));
        Assert.True(steps.Count <= allowed, $"{steps.Count} reports in {recorder.Reports[^1].Elapsed.TotalMilliseconds} ms");
        Assert.True(steps.Count < curves.Series[0].Steps.Count);
    }

    [Fact]
    public void Svr_and_quantile_regression_report_as_they_go()
    {
        var (svrSpec, svrData) = Diabetes("svr", ("kernel", "rbf"), ("c", "100"), ("epsilon", "0.1"), ("gamma", "0"), ("tol", "0.001"), ("max_iter", "-1"));
        var svr = TrainedRegressor.Train(svrSpec, svrData);
        var dual = svr.Curves.Series[0];
        Assert.Equal(["dual objective", "KKT violation"], svr.Curves.Series.Select(s => s.Name));
        Assert.True(dual.Steps.Count >= 2);
        Assert.All(dual.Steps.SkipLast(1), s => Assert.Equal(0, s % SupportVectorRegressionTrainer.ReportEvery));
        AssertDecreasing(dual.Values, 1e-9); // SMO decreases the dual objective at every step

        var (spec, data) = Diabetes("quantile_regression", ("quantile", "0.5"), ("alpha", "0.1"), ("fit_intercept", "true"));
        var recorder = new Recorder<TrainingProgress>();
        var model = TrainedRegressor.Train(spec, data, progress: recorder);
        var gap = model.Curves.Series[0];
        Assert.Equal("duality gap", gap.Name);
        Assert.True(gap.Values[^1] < gap.Values[0] * 1e-6);
        Assert.Equal(gap.Steps[^1], Steps(recorder)[^1].Step!.Value);
    }

    [Fact]
    public void Closed_form_learners_have_no_curves_and_report_stages_only()
    {
        var (spec, data) = Diabetes("ridge", ("alpha", "1.0"), ("fit_intercept", "true"));
        var recorder = new Recorder<TrainingProgress>();
        var model = TrainedRegressor.Train(spec, data, progress: recorder);
        Assert.True(model.Curves.IsEmpty);
        Assert.All(recorder.Reports, p => Assert.Null(p.Step));
        Assert.Equal(["preprocessing", "fitting ridge", "evaluating", "done"], recorder.Reports.Select(p => p.Stage));
        Assert.True(((ITrainedModelCore)model).Curves.IsEmpty);
    }
}
