using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using ModelDsl.Tests.Infrastructure;
using Samples.Diabetes;
using Samples.Digits;
using Samples.Iris;
using Samples.Topics;
using Xunit;

namespace ModelDsl.Tests.Learning;

/// <summary>
/// The samples' generated models trained end to end on their bundled real data: accuracy floors on the
/// declared hold-out, typed predictions without allocation, model files that round-trip and refuse
/// anything damaged or foreign.
/// </summary>
public class SampleModelTests
{
    private static string Data(string sample, string file) => Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", sample, "data", file);

    private static readonly Lazy<Flower[]> s_iris = new(() => Flower.ReadCsv(Data("IrisClassifier", "iris.csv")).ToArray());
    private static readonly Lazy<IrisClassifier> s_irisModel = new(() => IrisClassifier.Train(s_iris.Value));

    [Fact]
    public void Iris_logistic_regression_reaches_the_accuracy_floor_on_its_hold_out()
    {
        var report = s_irisModel.Value.TestReport!;
        Assert.Equal(30, report.Rows);
        Assert.True(report.Accuracy >= 0.93, $"accuracy {report.Accuracy}");
        Assert.Equal(new[] { 10, 10, 10 }, report.Support); // stratified 20% of 50 per class
        Assert.True(report.LogLoss < 0.3, $"log-loss {report.LogLoss}");
    }

    /// <summary>The inverse of the declared preprocessing on real data: each row's feature vector turns back into the row.</summary>
    [Fact]
    public void Feature_vectors_of_iris_and_diabetes_rows_turn_back_into_the_rows()
    {
        var iris = s_irisModel.Value;
        var features = new double[iris.FeatureCount];
        Assert.Equal(4, features.Length);
        foreach (var flower in s_iris.Value)
        {
            iris.ToFeatures(flower, features);
            Assert.True(Math.Abs(features[0]) < 4, "standardized"); // the vector is scaled, not the raw row
            var back = iris.FromFeatures(features);
            Assert.Equal(flower with { Species = default }, back);
        }
        var first = s_iris.Value[0];
        iris.ToFeatures(first, features);
        iris.FromFeatures(features);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            iris.ToFeatures(first, features);
            iris.FromFeatures(features);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        var patients = Patient.ReadCsv(Data("DiabetesRegressor", "diabetes.csv")).ToArray();
        var diabetes = ProgressionModel.Train(patients);
        var vector = new double[diabetes.FeatureCount];
        var worst = 0.0;
        foreach (var patient in patients)
        {
            diabetes.ToFeatures(patient, vector);
            var back = diabetes.FromFeatures(vector);
            worst = Math.Max(worst, Math.Abs(back.Bmi - patient.Bmi));
            worst = Math.Max(worst, Math.Abs(back.S6 - patient.S6));
            Assert.Equal(0f, back.Progression);
        }
        Assert.True(worst <= 1e-6, $"largest difference {worst}");
        Assert.Throws<ArgumentException>(() => diabetes.FromFeatures(vector.AsSpan(0, 3)));
    }

    [Fact]
    public void Predictions_are_typed_and_probabilities_sum_to_one()
    {
        var p = s_irisModel.Value.Predict(sepalLength: 5.1f, sepalWidth: 3.5f, petalLength: 1.4f, petalWidth: 0.2f);
        Assert.Equal(FlowerSpecies.Setosa, p.Species);
        Assert.Equal(1.0, p.ProbabilitySetosa + p.ProbabilityVersicolor + p.ProbabilityVirginica, 9);
        Assert.Equal(p.ProbabilitySetosa, p.Confidence);
    }

    /// <summary>The span API makes its buffers once and reuses them row after row (texts included): every row must still
    /// get exactly its own single-row prediction, and nothing is allocated.</summary>
    [Fact]
    public void Batch_predictions_equal_single_ones_row_by_row()
    {
        var flowers = s_iris.Value;
        var batch = new IrisClassifier.Prediction[flowers.Length];
        s_irisModel.Value.Predict(flowers, batch);
        for (var i = 0; i < flowers.Length; i++) Assert.Equal(s_irisModel.Value.Predict(flowers[i]), batch[i]);

        var sentences = Sentence.ReadCsv(Data("TopicClassifier", "topics.csv")).ToArray();
        var topics = TopicClassifier.Train(sentences);
        var topicBatch = new TopicClassifier.Prediction[sentences.Length];
        topics.Predict(sentences, topicBatch);
        for (var i = 0; i < sentences.Length; i++) Assert.Equal(topics.Predict(sentences[i]), topicBatch[i]);

        var patients = Patient.ReadCsv(Data("DiabetesRegressor", "diabetes.csv")).ToArray();
        var progression = ProgressionModel.Train(patients);
        var progressionBatch = new ProgressionModel.Prediction[patients.Length];
        progression.Predict(patients, progressionBatch);
        var before = GC.GetAllocatedBytesForCurrentThread();
        progression.Predict(patients, progressionBatch);
        s_irisModel.Value.Predict(flowers, batch);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        for (var i = 0; i < patients.Length; i++) Assert.Equal(progression.Predict(patients[i]), progressionBatch[i]);
        Assert.Throws<ArgumentException>(() => progression.Predict(patients, new ProgressionModel.Prediction[3]));
    }

    [Fact]
    public void Single_predictions_allocate_nothing()
    {
        var iris = s_irisModel.Value;
        var flower = s_iris.Value[60];
        var topics = TopicClassifier.Train(Sentence.ReadCsv(Data("TopicClassifier", "topics.csv")));
        var sentence = new Sentence { Text = "The goalkeeper saved a penalty in the cup final" };
        var patients = Patient.ReadCsv(Data("DiabetesRegressor", "diabetes.csv")).ToArray();
        var progression = ProgressionModel.Train(patients);
        var sink = 0.0;
        for (var i = 0; i < 10; i++) sink += iris.Predict(flower).Confidence + topics.Predict(sentence).Confidence + progression.Predict(patients[3]).Progression;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) sink += iris.Predict(flower).Confidence + topics.Predict(sentence).Confidence + progression.Predict(patients[3]).Progression;
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sink > 0);
        Assert.Equal(SentenceTopic.Sport, topics.Predict(sentence).Topic);
    }

    [Fact]
    public void Diabetes_ridge_reaches_the_r2_floor()
    {
        var model = ProgressionModel.Train(Patient.ReadCsv(Data("DiabetesRegressor", "diabetes.csv")));
        Assert.True(model.TestReport!.R2 >= 0.40, $"R² {model.TestReport.R2}");
        Assert.Equal(89, model.TestReport.Rows);
    }

    [Fact]
    public void Topic_classifier_reaches_its_floor()
    {
        var model = TopicClassifier.Train(Sentence.ReadCsv(Data("TopicClassifier", "topics.csv")));
        Assert.True(model.TestReport!.Accuracy >= 0.75, $"accuracy {model.TestReport.Accuracy}");
    }

    [Fact]
    public void Digit_clusters_are_deterministic_and_mostly_pure()
    {
        var rows = DigitImage.ReadCsv(Data("DigitClusters", "digits.csv")).ToArray();
        var a = DigitGroups.Train(rows);
        var b = DigitGroups.Train(rows);
        Assert.Equal(a.Trained.Algorithm.Centers.ToArray(), b.Trained.Algorithm.Centers.ToArray());
        var purity = rows.GroupBy(r => a.Predict(r).Cluster).Sum(g => g.GroupBy(r => r.Digit).Max(d => d.Count())) / (double)rows.Length;
        Assert.True(purity >= 0.7, $"purity {purity}");
        Assert.InRange(a.Evaluate(rows).Silhouette, 0.1, 1);
    }

    [Fact]
    public void Cross_validation_reports_every_fold()
    {
        var cv = IrisClassifier.CrossValidate(s_iris.Value, k: 5);
        Assert.Equal(5, cv.Folds.Count);
        Assert.Equal(150, cv.Folds.Sum(f => f.Rows));
        Assert.True(cv.Mean >= 0.9, cv.ToString());
    }

    [Fact]
    public void A_saved_model_loads_back_with_identical_predictions()
    {
        using var stream = new MemoryStream();
        s_irisModel.Value.Save(stream);
        stream.Position = 0;
        var loaded = IrisClassifier.Load(stream);
        foreach (var flower in s_iris.Value) Assert.Equal(s_irisModel.Value.Predict(flower), loaded.Predict(flower));
    }

    private static byte[] SavedIris()
    {
        using var stream = new MemoryStream();
        s_irisModel.Value.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_damaged_file_is_a_typed_error()
    {
        var bytes = SavedIris();
        bytes[bytes.Length / 2] ^= 0x40;
        var e = Assert.Throws<ModelFileCorruptedException>(() => IrisClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("checksum", e.Message);
    }

    [Fact]
    public void A_truncated_file_is_a_typed_error()
    {
        var bytes = SavedIris();
        Assert.Throws<ModelFileCorruptedException>(() => IrisClassifier.Load(new MemoryStream(bytes[..(bytes.Length - 40)])));
        Assert.Throws<ModelFileCorruptedException>(() => IrisClassifier.Load(new MemoryStream(bytes[..12])));
    }

    [Fact]
    public void Something_that_is_not_a_model_file_is_a_typed_error()
    {
        Assert.Throws<ModelFileFormatException>(() => IrisClassifier.Load(new MemoryStream("sepal_length,species\n"u8.ToArray())));
    }

    [Fact]
    public void Another_models_file_is_refused()
    {
        using var stream = new MemoryStream();
        ProgressionModel.Train(Patient.ReadCsv(Data("DiabetesRegressor", "diabetes.csv"))).Save(stream);
        stream.Position = 0;
        var e = Assert.Throws<ModelFileMismatchException>(() => IrisClassifier.Load(stream));
        Assert.Contains("'ProgressionModel', not 'IrisClassifier'", e.Message);
    }

    [Fact]
    public void A_file_from_another_declaration_is_refused()
    {
        var spec = IrisClassifier.Spec;
        var edited = new ModelSpec(spec.Name, spec.Task, spec.Algorithm, spec.Parameters.ToList(), spec.Features, spec.PolynomialDegree, spec.PolynomialInteractionOnly,
            spec.Lowercase, spec.MinCount, spec.ClassNames, spec.TestFraction, spec.Stratified, spec.Seed, spec.Folds, spec.Metrics, new string('0', 64));
        var e = Assert.Throws<ModelFileMismatchException>(() => TrainedClassifier.Load(edited, new MemoryStream(SavedIris())));
        Assert.Contains("different declaration", e.Message);
    }

    [Fact]
    public void A_newer_format_version_is_a_typed_error()
    {
        var bytes = SavedIris();
        var body = bytes[..^32];
        body[8] = 99; // the version follows the 8-byte magic
        var rewritten = body.Concat(System.Security.Cryptography.SHA256.HashData(body)).ToArray();
        var e = Assert.Throws<ModelFileVersionException>(() => IrisClassifier.Load(new MemoryStream(rewritten)));
        Assert.Equal(99, e.FoundVersion);
    }

    [Fact]
    public void Saving_to_a_path_is_atomic_and_loads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iris-{Guid.NewGuid():N}.mdsl");
        try
        {
            s_irisModel.Value.Save(path);
            s_irisModel.Value.Save(path); // overwrite in place
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + ".tmp-*"));
            Assert.Equal(s_irisModel.Value.Predict(s_iris.Value[0]), IrisClassifier.Load(path).Predict(s_iris.Value[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_training_values_name_the_row_and_column()
    {
        var rows = s_iris.Value.ToArray();
        rows[7] = rows[7] with { PetalWidth = float.NaN };
        var e = Assert.Throws<TrainingDataException>(() => IrisClassifier.Train(rows));
        Assert.Equal("petal_width", e.Column);
        Assert.Equal(7, e.Row);
        Assert.Contains("missing", e.Message);
    }
}

public class MissingValueAndLdaTests
{
    private const string Declaration = """
        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
        }

        model Discriminant : classifier(Flower -> species) {
            impute sepal_width: median
            algorithm lda
        }
        """;

    [Fact]
    public void Generated_lda_models_impute_and_project_onto_discriminant_axes()
    {
        var csv = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "IrisClassifier", "data", "iris.csv"));
        var lines = csv.Split('\n');
        lines[5] = "4.9,,1.5,0.2,setosa"; // a missing sepal_width
        var probe = """
            namespace Probe
            {
                public static class P
                {
                    public static string Run(string csv)
                    {
                        var rows = System.Linq.Enumerable.ToList(global::Test.Models.Flower.ReadCsv(new System.IO.StringReader(csv), "iris", missingAsNaN: true));
                        var model = global::Test.Models.Discriminant.Train(rows);
                        System.Span<double> axes = stackalloc double[model.ComponentCount];
                        model.Transform(rows[0], axes);
                        var accuracy = model.Evaluate(rows).Accuracy;
                        return model.ComponentCount + ";" + double.IsNaN(rows[4].SepalWidth) + ";" + accuracy.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" + axes[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("Discriminant.mlmodel", Declaration) }, new[] { probe });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        using var stream = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("lda", isCollectible: true);
        try
        {
            stream.Position = 0;
            var method = context.LoadFromStream(stream).GetType("Probe.P")!.GetMethod("Run")!;
            var parts = ((string)method.Invoke(null, new object[] { string.Join('\n', lines) })!).Split(';');
            Assert.Equal("2", parts[0]);          // three classes: two axes
            Assert.Equal("True", parts[1]);       // the empty cell read as NaN
            Assert.True(double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) >= 0.97); // LDA on iris: 98% training accuracy in scikit-learn
            Assert.NotEqual(0, double.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            context.Unload();
        }
    }
}
