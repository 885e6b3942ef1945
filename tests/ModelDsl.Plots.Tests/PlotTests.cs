using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelDsl.Cli;
using ModelDsl.Plots;
using ModelDsl.Runtime.ModelFiles;
using ModelDsl.Runtime.Models;
using ModelDsl.Tests.Infrastructure;
using SkiaSharp;
using Xunit;

namespace ModelDsl.Tests.Generation;

/// <summary>
/// <c>modeldsl plot</c>: the descriptions it draws from (read from the generator's semantic model) and the command
/// as a user runs it, with its pictures and its errors.
/// </summary>
public sealed class PlotTests
{
    private const string Declarations = """
        namespace PlotTest

        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
        }

        enum Size { small, large }

        model IrisTree : classifier(Flower -> species) {
            algorithm decision_tree(max_depth: 5)
        }

        model IrisBayes : classifier(Flower -> species) {
            algorithm gaussian_nb
        }

        model IrisNet : classifier(Flower -> species) {
            preprocess standardize
            network {
                dense(8) relu
                residual { dense(8) relu }
                dense(3)
            }
        }

        rules Sizes(Flower) -> Size {
            rule big when petal_length > 4 => large because "long petals"
            otherwise small
        }
        """;

    private static string Sample(params string[] parts) => Path.Combine(new[] { TestRepository.Root, "dsl-samples" }.Concat(parts).ToArray());

    private static Outlines.Bound Bind(string folder) =>
        Outlines.Bind(Directory.GetFiles(folder, "*.mlmodel").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList());

    [Fact]
    public void The_flow_of_the_loan_policy_has_its_lets_chained_facts_rules_and_otherwise()
    {
        var bound = Bind(Sample("LoanApproval"));
        Assert.Empty(bound.Diagnostics);
        var policy = Outlines.RuleSet(bound.RuleSets.Single(r => r.DslName == "LoanPolicy"), bound.Files.SelectMany(f => f.Enums));

        Assert.Equal("first", policy.Policy);
        // 'stability' is computed before 'risk', whose rules read it.
        Assert.Equal(new[] { "debt_ratio", "loan_to_income", "stability", "risk" }, policy.Facts.Select(f => f.Name));
        Assert.False(policy.Facts[0].IsFact);
        Assert.Equal("debt / income", policy.Facts[0].Value);
        var risk = policy.Facts.Single(f => f.Name == "risk");
        Assert.Equal("low", risk.Value);
        Assert.Equal(new[] { "severe_risk", "high_risk", "medium_risk" }, risk.Rules.Select(r => r.Name));
        Assert.Equal("set risk = medium", risk.Rules[2].Outcome);
        Assert.Contains("stability", risk.Rules[2].ReadsFacts);
        Assert.Contains("debt_ratio", risk.Rules[2].ReadsFacts);

        Assert.Equal(15, policy.Rules.Count);
        var minor = policy.Rules[0];
        Assert.Equal("minor", minor.Name);
        Assert.Equal("age < 18", minor.Condition);
        Assert.Equal("reject", minor.Outcome);
        Assert.Equal("applicants must be adults", minor.Reason);
        Assert.Equal(new[] { "risk" }, policy.Rules.Single(r => r.Name == "severe").ReadsFacts);
        Assert.Equal("review", policy.Otherwise);
        Assert.Equal("no policy rule decided; a loan officer reviews", policy.OtherwiseReason);

        var diagram = policy.Draw();
        Assert.Equal(15 + 5, diagram.Boxes.Count(b => b.Kind == DiagramBoxKind.Decision));
        Assert.Equal("otherwise review", diagram.Boxes[^1].Lines[0]);
        Assert.Equal("LoanPolicy: rule set, policy first, 20 rules (5 setting facts)", diagram.Title);
    }

    [Fact]
    public void The_architecture_of_a_network_has_the_inferred_shapes_and_parameters()
    {
        var bound = Bind(Sample("NeuralNetworks"));
        Assert.DoesNotContain(bound.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var cnn = Outlines.Network(bound.Models.Single(m => m.DslName == "DigitsCnn"));
        Assert.Equal(new long[] { 1, 8, 8 }, cnn.InputShape);
        var conv = cnn.Layers[0];
        Assert.Equal("conv2d1", conv.Name);
        Assert.Equal("conv2d", conv.Kind);
        Assert.Equal("conv2d(32, kernel 3, padding 1)", conv.Detail);
        Assert.Equal(new long[] { 32, 8, 8 }, conv.OutputShape);
        Assert.Equal(1 * 32 * 3 * 3 + 32, conv.Parameters);
        Assert.Equal(new long[] { 32, 4, 4 }, cnn.Layers.Single(l => l.Kind == "maxpool").OutputShape);
        Assert.Equal(new long[] { 512 }, cnn.Layers.Single(l => l.Kind == "flatten").OutputShape);
        Assert.Equal(512 * 128 + 128, cnn.Layers.First(l => l.Kind == "dense").Parameters);
        Assert.Equal(new long[] { 10 }, cnn.Layers[^1].OutputShape);

        var mlp = Outlines.Network(bound.Models.Single(m => m.DslName == "DiabetesMlp"));
        Assert.Equal(new[] { NetworkLayerRole.ResidualStart, NetworkLayerRole.ResidualEnd },
            mlp.Layers.Where(l => l.Role != NetworkLayerRole.Layer).Select(l => l.Role));
        var diagram = mlp.Draw();
        Assert.Single(diagram.Arrows, a => a.Label == "skip");
        Assert.Equal(mlp.Layers.Count + 1, diagram.Boxes.Count);
    }

    // ---- the command ----

    /// <summary>Runs the tool built by the solution build (as CliTests does).</summary>
    private static (int ExitCode, string Output) Modeldsl(string arguments, string workingDirectory)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var tool = Path.Combine(TestRepository.Root, "tools", "ModelDsl.Cli", "bin", configuration, "net10.0", "modeldsl.dll");
        Assert.True(File.Exists(tool), tool + " is missing: build the solution first");
        return TestRepository.RunProcess("dotnet", $"\"{tool}\" {arguments}", workingDirectory, TimeSpan.FromMinutes(2));
    }

    private static void AssertPng(string path, int minWidth)
    {
        Assert.True(File.Exists(path), path + " was not written");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.True(bitmap.Width >= minWidth, $"{bitmap.Width} pixels wide");
        var colors = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3) colors.Add(bitmap.GetPixel(x, y));
        }
        Assert.True(colors.Count >= 20, $"only {colors.Count} colours: the picture looks blank");
    }

    [Fact]
    public void Plot_draws_every_kind_and_says_what_it_drew()
    {
        var dir = Directory.CreateTempSubdirectory("modeldsl-plot-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Plot.mlmodel"), Declarations);
            var data = Sample("IrisClassifier", "data", "iris.csv");
            var (code, output) = Modeldsl($"train . --model IrisTree --data \"{data}\" --out tree.mdsl", dir);
            Assert.True(code == 0, output);

            (code, output) = Modeldsl("plot . --model IrisTree --kind tree --file tree.mdsl --depth 3 --out pictures/tree.png", dir);
            Assert.True(code == 0, output);
            Assert.Matches(@"Drew tree 0 of IrisTree to pictures/tree.png \(\d+ × \d+ pixels\)", output);
            AssertPng(Path.Combine(dir, "pictures", "tree.png"), 300);

            (code, output) = Modeldsl($"plot . --model IrisTree --kind confusion --file tree.mdsl --data \"{data}\" --out confusion.png", dir);
            Assert.True(code == 0, output);
            Assert.Contains("Drew the confusion matrix of IrisTree on 150 rows to confusion.png (480 × 480 pixels)", output);
            AssertPng(Path.Combine(dir, "confusion.png"), 480);

            (code, output) = Modeldsl("plot . --model IrisNet --kind architecture --out net.png", dir);
            Assert.True(code == 0, output);
            AssertPng(Path.Combine(dir, "net.png"), 200);

            (code, output) = Modeldsl("plot Plot.mlmodel --model Sizes --kind flow --out flow.png", dir);
            Assert.True(code == 0, output);
            AssertPng(Path.Combine(dir, "flow.png"), 200);

            // Curves need only the model file.
            var steps = new double[] { 1, 2, 3, 4 };
            var sections = new ModelFileSections();
            new TrainingCurves("iteration", new[] { new TrainingSeries("train loss", steps, new[] { 1.0, 0.6, 0.4, 0.35 }) }).AddTo(sections);
            ModelFile.Write(Path.Combine(dir, "curves.mdsl"), new ModelFileHeader("M", "logistic_regression", "hash"), sections);
            (code, output) = Modeldsl("plot --kind curves --file curves.mdsl --out curves.png", dir);
            Assert.True(code == 0, output);
            Assert.Contains("(900 × 600 pixels)", output);
            AssertPng(Path.Combine(dir, "curves.png"), 900);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Plot_writes_the_format_of_the_extension_and_refuses_an_unknown_one()
    {
        var dir = Directory.CreateTempSubdirectory("modeldsl-plot-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Plot.mlmodel"), Declarations);
            var sections = new ModelFileSections();
            new TrainingCurves("epoch", new[]
            {
                new TrainingSeries("train loss", new double[] { 1, 2, 3 }, new[] { 1.0, 0.5, 0.3 }),
                new TrainingSeries("accuracy", new double[] { 1, 2, 3 }, new[] { 0.5, 0.8, 0.9 }),
            }).AddTo(sections);
            ModelFile.Write(Path.Combine(dir, "curves.mdsl"), new ModelFileHeader("M", "network", "hash"), sections);

            byte[] Draw(string arguments, string output)
            {
                var (code, text) = Modeldsl($"{arguments} --out {output}", dir);
                Assert.True(code == 0, text);
                return File.ReadAllBytes(Path.Combine(dir, output));
            }
            static void AssertSvg(byte[] bytes)
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                Assert.StartsWith("<?xml", text);
                Assert.Contains("<svg", text);
                Assert.Contains("</svg>", text);
            }
            static void AssertJpeg(byte[] bytes)
            {
                Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, bytes[..3]);
                using var bitmap = SKBitmap.Decode(bytes);
                Assert.NotNull(bitmap);
            }

            AssertSvg(Draw("plot . --model IrisNet --kind architecture", "net.svg"));
            AssertSvg(Draw("plot --kind curves --file curves.mdsl", "curves.SVG"));
            AssertJpeg(Draw("plot . --model Sizes --kind flow", "flow.jpg"));
            AssertJpeg(Draw("plot --kind curves --file curves.mdsl", "curves.jpeg"));
            Draw("plot --kind curves --file curves.mdsl", "curves.png");
            AssertPng(Path.Combine(dir, "curves.png"), 900);

            foreach (var bad in new[] { "net.gif", "net" })
            {
                var (code, text) = Modeldsl($"plot . --model IrisNet --kind architecture --out {bad}", dir);
                Assert.Equal(2, code);
                Assert.Equal($"Cannot tell the picture format of '{bad}': name the file .png, .svg, .jpg or .jpeg.", text.Trim());
                Assert.False(File.Exists(Path.Combine(dir, bad)));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Plot_explains_what_is_missing_or_does_not_fit()
    {
        var dir = Directory.CreateTempSubdirectory("modeldsl-plot-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Plot.mlmodel"), Declarations);
            void Fails(string arguments, string message, int exitCode = 2)
            {
                var (code, output) = Modeldsl(arguments, dir);
                Assert.True(code == exitCode, $"exit {code}: {output}");
                Assert.Contains(message, output);
                Assert.Empty(Directory.GetFiles(dir, "*.png"));
            }

            Fails("plot . --model IrisTree --out x.png", "Say what to draw with --kind");
            Fails("plot . --model IrisTree --kind pie --out x.png", "Unknown kind 'pie'");
            Fails("plot . --model IrisTree --kind tree", "--out picture.png");
            Fails("plot . --kind flow --out x.png", "--kind flow needs --model NAME");
            Fails("plot . --model IrisTree --kind tree --out x.png", "--kind tree needs --file model.mdsl");
            Fails("plot . --model IrisTree --kind confusion --file m.mdsl --out x.png", "--kind confusion needs --data test.csv");
            Fails("plot --model IrisNet --kind architecture --out x.png", "needs the declarations");
            Fails("plot . --model IrisTree --kind tree --file m.mdsl --tree first --out x.png", "--tree takes a tree's number");
            Fails("plot . --model IrisTree --kind architecture --out x.png", "'IrisTree' is not a network (it uses 'decision_tree')");
            Fails("plot . --model IrisTree --kind flow --out x.png", "'IrisTree' is a model, not a rule set");
            Fails("plot . --model Nope --kind flow --out x.png", "there are: IrisTree, IrisBayes, IrisNet, Sizes");

            var sections = new ModelFileSections().Add("summary", new[] { 1, 0, 1 });
            ModelFile.Write(Path.Combine(dir, "plain.mdsl"), new ModelFileHeader("M", "gaussian_nb", "hash"), sections);
            Fails("plot --kind curves --file plain.mdsl --out x.png", "plain.mdsl holds no training curves");

            var data = Sample("IrisClassifier", "data", "iris.csv");
            var (code, output) = Modeldsl($"train . --model IrisBayes --data \"{data}\" --out bayes.mdsl", dir);
            Assert.True(code == 0, output);
            Fails("plot . --model IrisBayes --kind tree --file bayes.mdsl --out x.png", "Only 'decision_tree' and 'random_forest' models can be drawn as trees; 'IrisBayes' uses 'gaussian_nb'");

            File.AppendAllText(Path.Combine(dir, "Plot.mlmodel"), "\nrules Broken(Flower) -> Size {\n    rule r when petal_lenght > 1 => large\n}\n");
            Fails("plot . --model Sizes --kind flow --out x.png", "error MDSL0101", exitCode: 1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
