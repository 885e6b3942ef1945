using System;
using System.IO;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Torch;
using ModelDsl.Tests.Infrastructure;
using Samples.Networks;
using TorchSharp;
using Xunit;

namespace ModelDsl.Tests.Networks;

/// <summary>
/// The network samples' generated classes trained end to end on their bundled real data, on the CPU:
/// accuracy floors on the declared hold-out (issue 4 §6), typed predictions, files, resume.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class NetworkSampleTests
{
    private static string Data(string file) => Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "NeuralNetworks", "data", file);

    private static readonly Lazy<IrisFlower[]> s_iris = new(() => IrisFlower.ReadCsv(Data("iris.csv")).ToArray());

    [Fact]
    public void Digits_cnn_reaches_97_percent_on_its_hold_out()
    {
        using var model = DigitsCnn.Train(DigitBitmap.ReadCsv(Data("digit-images.csv")));
        var report = model.TestReport!;
        Assert.Equal(360, report.Rows);
        Assert.True(report.Accuracy >= 0.97, $"accuracy {report.Accuracy}");
        Assert.Equal(new long[] { 1, 8, 8 }, DigitsCnn.Network.InputShape);
        Assert.True(model.History.Epochs.Count <= 40);
        Assert.All(model.History.Epochs, e => Assert.NotNull(e.ValidationAccuracy));
    }

    [Fact]
    public void Iris_mlp_reaches_93_percent_and_predicts_typed_probabilities()
    {
        using var model = IrisMlp.Train(s_iris.Value);
        Assert.True(model.TestReport!.Accuracy >= 0.93, $"accuracy {model.TestReport.Accuracy}");
        var p = model.Predict(sepalLength: 5.1f, sepalWidth: 3.5f, petalLength: 1.4f, petalWidth: 0.2f);
        Assert.Equal("setosa", p.Species.ToDslName());
        Assert.Equal(1.0, p.ProbabilitySetosa + p.ProbabilityVersicolor + p.ProbabilityVirginica, 6);
        // Batch prediction agrees with one-by-one prediction.
        var batch = model.Predict(s_iris.Value);
        Assert.Equal(s_iris.Value.Length, batch.Length);
        for (var i = 0; i < batch.Length; i += 7)
        {
            var single = model.Predict(s_iris.Value[i]);
            Assert.Equal(single.Species, batch[i].Species);
            Assert.Equal(single.Confidence, batch[i].Confidence, 5);
        }
    }

    [Fact]
    public void Diabetes_mlp_regressor_reaches_r2_040_on_its_hold_out()
    {
        using var model = DiabetesMlp.Train(DiabetesPatient.ReadCsv(Data("diabetes.csv")));
        Assert.True(model.TestReport!.R2 >= 0.40, $"R² {model.TestReport.R2}");
    }

    [Fact]
    public void A_saved_network_loads_back_with_identical_predictions_and_refuses_damage()
    {
        using var model = IrisMlp.Train(s_iris.Value, new NetworkTrainingOptions { Epochs = 5 });
        var path = Path.Combine(Path.GetTempPath(), $"iris-mlp-{Guid.NewGuid():N}.mdsl");
        try
        {
            model.Save(path);
            using (var loaded = IrisMlp.Load(path))
            {
                foreach (var row in s_iris.Value.Take(20)) Assert.Equal(model.Predict(row), loaded.Predict(row));
            }
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x20;
            File.WriteAllBytes(path, bytes);
            Assert.ThrowsAny<ModelFileException>(() => IrisMlp.Load(path));
            File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length / 3).ToArray());
            Assert.ThrowsAny<ModelFileException>(() => IrisMlp.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Another_models_file_is_a_typed_mismatch()
    {
        using var iris = IrisMlp.Train(s_iris.Value, new NetworkTrainingOptions { Epochs = 1 });
        using var stream = new MemoryStream();
        iris.Save(stream);
        stream.Position = 0;
        Assert.Throws<ModelFileMismatchException>(() => DiabetesMlp.Load(stream));
    }

    [Fact]
    public void A_run_stopped_midway_and_resumed_reaches_the_same_weights()
    {
        var checkpoint = Path.Combine(Path.GetTempPath(), $"iris-mlp-{Guid.NewGuid():N}.ckpt");
        try
        {
            using var whole = IrisMlp.Train(s_iris.Value, new NetworkTrainingOptions { Epochs = 12 });
            using (IrisMlp.Train(s_iris.Value, new NetworkTrainingOptions { Epochs = 12, CheckpointPath = checkpoint, StopAfterEpoch = 5 })) { }
            Assert.True(File.Exists(checkpoint));
            using var resumed = IrisMlp.Resume(s_iris.Value, checkpoint, new NetworkTrainingOptions { Epochs = 12 });
            Assert.Equal(12, resumed.History.Epochs.Count);
            var a = whole.Trained.Module.parameters().ToList();
            var b = resumed.Trained.Module.parameters().ToList();
            Assert.Equal(a.Count, b.Count);
            for (var i = 0; i < a.Count; i++) Assert.True(a[i].equal(b[i]).all().item<bool>(), $"parameter {i} differs");
        }
        finally
        {
            File.Delete(checkpoint);
        }
    }

    [Fact]
    public void An_explicit_cuda_device_on_a_machine_without_cuda_is_a_clear_error()
    {
        if (torch.cuda.is_available()) return; // the GPU path is covered where a GPU is lent; CI is CPU-only
        var e = Assert.Throws<DeviceUnavailableException>(() => IrisMlp.Train(s_iris.Value, new NetworkTrainingOptions { Device = "cuda", Epochs = 1 }));
        Assert.Contains("CUDA", e.Message);
    }
}
