using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelDsl.Generator.Diagnostics;
using ModelDsl.Tests.Infrastructure;
using Xunit;
using static ModelDsl.Tests.Infrastructure.Snippets;

namespace ModelDsl.Tests.Diagnostics;

/// <summary>One case per diagnostic ID: the file that triggers it, the text its location covers, a fragment of its message.</summary>
public class DiagnosticTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "MDSL0001", "schema S {\n    age int\n}", "int", "expected ':'" },
        { "MDSL0003", RuleSet($"rule deep when {new string('(', 70)}age > 1{new string(')', 70)} => approve"), "(", "deeper than 64" },
        { "MDSL0101", RuleSet("rule r when incme > 1 => approve\notherwise review"), "incme", "did you mean 'income'" },
        { "MDSL0102", RuleSet("rule r when employment == unemplyed => reject\notherwise review"), "unemplyed", "did you mean 'unemployed'" },
        { "MDSL0103", RuleSet("otherwise review", "rules Policy(Aplicant) -> Decision"), "Aplicant", "did you mean 'Applicant'" },
        { "MDSL0104", RuleSet("rule r when employment == 3 => reject\notherwise review"), "employment == 3", "Cannot compare" },
        { "MDSL0105", RuleSet("rule r when age < 18 => reject\nrule r when age > 90 => review\notherwise approve"), "r", "Rule 'r' is already declared" },
        { "MDSL0106", RuleSet("rule r when income / 0 > 1 => reject\notherwise review"), "0", "Division by the literal zero" },
        { "MDSL0107", RuleSet("otherwise review", "rules Policy(Applicant) -> Applicant"), "Applicant", "must be an enum" },
        { "MDSL0108", RuleSet("policy first\npolicy collect\notherwise review"), "policy collect", "'policy' may appear only once" },
        { "MDSL0109", RuleSet("rule r priority 5 when age < 18 => reject\notherwise review"), "5", "has no effect" },
        { "MDSL0110", RuleSet("rule r when income + 1 => reject\notherwise review"), "income + 1", "must be true or false" },
        { "MDSL0111", "schema S {\n    credit_score: int\n    creditScore: int\n}", "creditScore", "both become the C# name 'CreditScore'" },
        { "MDSL0112", "schema Empty { }", "Empty", "declares nothing" },
        { "MDSL0113", RuleSet("rule r when has_collateral + 1 > 2 => approve\notherwise review"), "has_collateral + 1", "'+' needs numbers, but 'has_collateral' is a bool" },
        { "MDSL0114", RuleSet("rule r when employment < salaried => approve\notherwise review"), "employment < salaried", "'<' cannot order values of" },
        { "MDSL0115", RuleSet("fact n: int = 3000000000\nrule r when n > 1 => approve\notherwise review"), "3000000000", "Cannot give" },
        { "MDSL0116", "enum Size { small, large }\nschema T { pixels: float[4] }\nrules R(T) -> Size {\n    rule big when pixels > 3 => large\n    otherwise small\n}", "pixels", "tensor fields feed models, not rule conditions" },
        { "MDSL0117", RuleSet("policy priority\nrule a priority 1 when age < 18 => reject\nrule b when age > 90 => review\notherwise approve"), "b", "Rule 'b' has no priority under 'policy priority'" },
        { "MDSL0118", "namespace Shop.Parcel\nschema Parcel {\n    weight: double\n}", "Parcel", "'Parcel' becomes the C# type 'Parcel' in namespace 'Shop.Parcel'" },
        { "MDSL0120", Flower("algorithm logistic_regresion(c: 1.0)"), "logistic_regresion", "did you mean 'logistic_regression'" },
        { "MDSL0121", Flower("algorithm ridge(alpha: 1.0)"), "ridge", "'ridge' is a regressor algorithm, but 'Iris' is a classifier" },
        { "MDSL0122", Flower("algorithm logistic_regression(C: 1.0)"), "C", "did you mean 'c'" },
        { "MDSL0123", Flower("algorithm logistic_regression(c: -1)"), "-1", "'c' of 'logistic_regression' must be a number > 0, but is '-1'" },
        { "MDSL0124", Flower("algorithm kmeans()", "clusterer(Flower)"), "kmeans", "'kmeans' needs 'k'" },
        { "MDSL0125", Flower("algorithm logistic_regression", "classifier(Flower -> petal_width)"), "petal_width", "must be an enum field" },
        { "MDSL0126", "schema Year { year: int  activity: float }\nmodel Sun : forecaster(Year -> activity) {\n    algorithm autoregression(lags: 9)\n    split test 0.2 seed 1\n}", "split test 0.2 seed 1", "leaks the future into training" },
        { "MDSL0127", Flower("algorithm lda", "classifier(Flower)"), "classifier", "A classifier needs a label: classifier(Flower -> field)" },
        { "MDSL0128", Flower("algorithm kmeans(k: 3)", "clusterer(Flower -> species)"), "species", "learns without a label; remove '-> species'" },
        { "MDSL0129", Flower("algorithm ridge", "regressor(Flower -> species)"), "species", "must be a number, but 'species' is" },
        { "MDSL0130", Flower("preprocess standardize\nnetwork {\n    conv2d(8, kernel: 3) relu\n    dense(3)\n}"), "conv2d(8, kernel: 3)", "'conv2d' expects [channels, height, width], but gets [4]" },
        { "MDSL0131", Flower("network {\n    dense(16) relu\n    dense(2)\n}"), "dense(2)", "The network ends in [2], but the label has 3 classes" },
        { "MDSL0132", Flower("network { dense(3) }\ntrain { loss mse }"), "mse", "'mse' is a regression loss, but 'Iris' is a classifier" },
        { "MDSL0133", Flower("network { dense(3) softmax }"), "softmax", "cross_entropy expects raw scores" },
        { "MDSL0136", Flower("network { forward { dense(4) relu } dense(3) }"), "forward", "a member of TorchSharp's Module" },
        { "MDSL0135", Flower("network { dense(4) as skip dense(4) add(skp) dense(3) }"), "skp", "did you mean 'skip'" },
        { "MDSL0150", Flower("input as [3]\nnetwork { dense(3) }"), "[3]", "holds 3 values, but the features give 4" },
        { "MDSL0151", Flower("network {\n" + string.Concat(Enumerable.Repeat("block { dense(4) relu dense(4) relu dense(4) } x 1000\n", 3)) + "dense(3) }"), "relu", "more than 10000 layers" },
        { "MDSL0152", Flower("network { dense(16) relu(2) dense(3) }"), "2", "Too many values for 'relu': it takes none" },
        { "MDSL0137", Flower("network { input t: [1]\ndense(3) }"), "input t: [1]", "write 'input t from field, …'" },
        { "MDSL0138", Flower("network { block { input w from sepal_width } dense(3) }"), "input w from sepal_width", "not in a block" },
        { "MDSL0139", Flower("preprocess polynomial(degree: 2)\nnetwork { input w from sepal_width\ndense(3) }"), "preprocess polynomial(degree: 2)", "belong to no one input" },
        { "MDSL0153", Flower("network { dense(3) }\ntrain { loss binary_cross_entropy }"), "binary_cross_entropy", "is for two classes, but the label has 3" },
        { "MDSL0154", Flower("network { dense(3) }\ntrain { optimizer adam(momentum: 0.9) }"), "momentum: 0.9", "adam keeps its own moment estimates" },
        { "MDSL0155", Flower("network { dense(3) }\ntrain { validation 0.1\nearly_stopping 5 }"), "5", "takes named values only" },
        { "MDSL0156", Flower("features sepal_length, sepal_width, petal_length\nnetwork { dense(1) }\ntrain { validation 0.1\nearly_stopping(monitor: val_accuracy) }", "regressor(Flower -> petal_width)"), "early_stopping(monitor: val_accuracy)", "'val_accuracy' needs a classifier" },
        { "MDSL0157", Flower("network { dense(3) }\ntrain { early_stopping(patience: 3) }"), "early_stopping(patience: 3)", "add 'validation 0.1'" },
        { "MDSL0158", Flower("network { dense(3) }", "clusterer(Flower)"), "network { dense(3) }", "is a clusterer, which a network cannot learn" },
        { "MDSL0159", "schema Doc {\n    text: string\n    topic: enum { a, b }\n}\nmodel M : classifier(Doc -> topic) {\n    network { dense(2) }\n}", "network { dense(2) }", "exclude the text feature 'text'" },
        { "MDSL0170", "schema S {\n    pixels: bool[4]\n}", "bool[4]", "holds numbers (float, double, int or long), not a bool" },
        { "MDSL0171", "schema S {\n    pixels: float[2048, 2048]\n}", "float[2048, 2048]", "holds 4,194,304 values per row; at most 1,048,576" },
        { "MDSL0172", RuleSet("fact f: float[2] = 0\nrule r when age > 1 => approve\notherwise review"), "float[2]", "A fact holds one value" },
        { "MDSL0180", Flower("features all except sepal_length, sepal_width, petal_length, petal_width\nalgorithm lda"), "Iris", "Model 'Iris' has no features" },
        { "MDSL0181", Flower("split test 0.2"), "Iris", "has no 'algorithm' (or 'network'); a classifier can use" },
        { "MDSL0182", "schema S { x: float  y: enum { only } }\nmodel M : classifier(S -> y) { algorithm gaussian_nb }", "y", "at least two classes, but enum 'S.y' has 1 value" },
        { "MDSL0183", Flower("algorithm lda", "classifier(Flower -> species in 0..2)"), "0..2", "names the classes of an integer label" },
        { "MDSL0184", "schema D { x: float  digit: int }\nmodel M : classifier(D -> digit in 9..0) { algorithm lda }", "9..0", "'9..0' is not" },
        { "MDSL0185", Flower("features sepal_length, species\nalgorithm lda"), "features sepal_length, species", "The label 'species' cannot also be a feature" },
        { "MDSL0186", Flower("features sepal_length..petal_width\nalgorithm lda"), "sepal_length..petal_width", "A range names fields with one prefix" },
        { "MDSL0187", Flower("features sepal_length\ninput sepal_width as [1]\nnetwork { dense(3) }"), "features sepal_length", "'input' already lists the features" },
        { "MDSL0188", Flower("features sepal_length, sepal_width\npreprocess petal_length: standardize\nalgorithm lda"), "petal_length", "'petal_length' is not a feature of model 'Iris'" },
        { "MDSL0189", "schema S { x: float  c: enum { a, b }  y: float }\nmodel M : regressor(S -> y) {\n    preprocess c: standardize\n    algorithm ridge\n}", "c", "'standardize' applies to numeric features, but 'c' is enum" },
        { "MDSL0190", Flower("preprocess standardize\npreprocess sepal_length: min_max\nalgorithm lda"), "preprocess sepal_length: min_max", "Feature 'sepal_length' is already scaled" },
        { "MDSL0191", Flower("preprocess sepal_length: polynomial(degree: 2)\nalgorithm lda"), "preprocess sepal_length: polynomial(degree: 2)", "remove the feature list" },
        { "MDSL0192", Flower("preprocess standardize\nalgorithm multinomial_nb"), "multinomial_nb", "'multinomial_nb' models counts, which are never negative" },
        { "MDSL0193", Flower("algorithm lda\nnetwork { dense(3) }"), "algorithm lda", "remove 'algorithm' (or the network)" },
        { "MDSL0194", Flower("algorithm lda\ntrain { epochs 3 }"), "train { epochs 3 }", "'train' belongs to a network" },
        { "MDSL0195", "schema Year { year: int  activity: float }\nmodel Sun : forecaster(Year -> activity) {\n    features year\n    algorithm autoregression\n}", "features year", "reads only its target series 'activity'" },
        { "MDSL0196", Flower("algorithm lda\nsplit test 0.2\ncross_validate 5"), "cross_validate 5", "not both" },
        { "MDSL0197", Flower("algorithm lda\nsplit last 0.2"), "split last 0.2", "'Iris' is a classifier: use 'split test 0.2'" },
        { "MDSL0198", Flower("features sepal_length\nalgorithm ridge\nsplit test 0.2 stratified", "regressor(Flower -> petal_width)"), "split test 0.2 stratified", "it needs a classifier, and 'Iris' is a regressor" },
        { "MDSL0199", Flower("algorithm lda\nmetrics r2"), "r2", "'r2' is not a classifier metric; a classifier reports accuracy" },
        { "MDSL0201", RuleSet("rule adult when age >= 18 => approve\nrule senior when age >= 65 and employment != unemployed => review\notherwise reject"), "senior", "rule 'adult' (earlier)" },
        { "MDSL0202", RuleSet("rule never when age > 50 and age < 20 => reject\notherwise review"), "never", "always false" },
        { "MDSL0203", RuleSet("rule adult when age >= 18 => approve"), "Policy", "for example age = 17" },
        { "MDSL0204", RuleSet("let a = b + 1\nlet b = a * 2\nrule r when a > 1 => approve\notherwise review"), "a", "a → b → a" },
        { "MDSL0160", $"enum Big {{ {string.Join(", ", Enumerable.Range(0, 300).Select(i => "m" + i))} }}\nschema S {{\n    picks: set of Big\n}}", "set of Big", "at most 256 values, but enum 'Big' has 300" },
        { "MDSL0161", RuleSet("rule r when age contains adult => reject\notherwise review"), "age", "'age' is an integer" },
        { "MDSL0162", "schema Name {\n    text: tokens(char, 32)\n}", "char", "did you mean 'chars'" },
        { "MDSL0163", "schema Name {\n    text: tokens(chars, 0)\n}", "0", "from 1 to 65536, but is 0" },
        { "MDSL0165", Flower("preprocess sepal_length: clamp(min: 9, max: 1)\nalgorithm lda"), "preprocess sepal_length: clamp(min: 9, max: 1)", "min is 9 and max is 1" },
        { "MDSL0167", Flower("network { dense(3) }\ntrain { epochs 3 \"runs/\" }"), "\"runs/\"", "'epochs' takes one value, not a second one" },
        { "MDSL0168", Flower("network { dense(3) }\nlog csv \"runs/\""), "log csv \"runs/\"", "'Iris' is a network: its run log is a training setting" },
        { "MDSL0166", Flower("preprocess clamp(min: 0, max: 10)\npreprocess sepal_length: clamp(min: 1, max: 9)\nalgorithm lda"), "preprocess sepal_length: clamp(min: 1, max: 9)", "'sepal_length' is already clamped" },
        { "MDSL0164", "schema Name {\n    text: tokens(chars, 32, truncat: true)\n}", "truncat", "did you mean 'truncate'" },
    };

    private static string Flower(string body, string head = "classifier(Flower -> species)") => $$"""
        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
        }

        model Iris : {{head}} {
            {{body}}
        }
        """;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_diagnostic_is_reported_on_its_mlmodel_span(string id, string source, string spanText, string messageFragment)
    {
        var diagnostics = GeneratorHarness.DiagnosticsOf(source);
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"{id} not reported; got: {string.Join("\n", diagnostics)}");
        var d = matching[0];
        Assert.Equal(GeneratorHarness.ProjectDir + "Test.mlmodel", d.Location.GetLineSpan().Path);
        Assert.Equal(spanText, source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.True(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(messageFragment), $"{id}: '{messageFragment}' not in: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        // The reported line/column agree with the span.
        var line = source.Substring(0, d.Location.SourceSpan.Start).Count(c => c == '\n');
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void MDSL0002_a_file_over_the_size_limit_is_rejected_without_parsing()
    {
        var huge = "// " + new string('x', 1_000_001);
        var d = Assert.Single(GeneratorHarness.DiagnosticsOf(huge));
        Assert.Equal("MDSL0002", d.Id);
        Assert.Equal(0, d.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void MDSL0004_an_internal_fault_is_a_diagnostic_not_a_crash()
    {
        // An additional text whose content cannot be read is the one fault reachable from outside.
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "Broken.mlmodel", null) });
        var run = GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation());
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("MDSL0004", d.Id);
        Assert.EndsWith("Broken.mlmodel", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Duplicate_declarations_across_files_are_reported_on_the_later_file()
    {
        var run = GeneratorHarness.Run(("A.mlmodel", "enum Level { low, high }"), ("B.mlmodel", "enum Level { a, b }"));
        var d = Assert.Single(run.Mdsl);
        Assert.Equal("MDSL0105", d.Id);
        Assert.EndsWith("B.mlmodel", d.Location.GetLineSpan().Path);
        Assert.Contains("in A.mlmodel", d.GetMessage());
    }

    [Fact]
    public void Arithmetic_on_bool_is_a_type_mismatch()
    {
        var d = GeneratorHarness.DiagnosticsOf(RuleSet("rule r when has_collateral + 1 > 2 => approve\notherwise review")).Single(x => x.Id == "MDSL0113");
        Assert.Contains("needs numbers", d.GetMessage());
    }

    [Fact]
    public void Ordering_enums_is_a_type_mismatch()
    {
        var d = GeneratorHarness.DiagnosticsOf(RuleSet("rule r when employment < salaried => approve\notherwise review")).Single(x => x.Id == "MDSL0114");
        Assert.Contains("cannot order", d.GetMessage());
    }

    [Fact]
    public void A_fact_set_cycle_is_an_error()
    {
        var source = RuleSet("""
            fact a: bool = false
            fact b: bool = false
            rule set_a when b => set a = true
            rule set_b when a => set b = true
            rule r when a => approve
            otherwise review
            """);
        var d = GeneratorHarness.DiagnosticsOf(source).Single(x => x.Id == "MDSL0204");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("a → b → a", d.GetMessage());
    }

    [Fact]
    public void Unknown_schema_field_type_suggests_a_close_enum()
    {
        var d = GeneratorHarness.DiagnosticsOf("enum Purpose { home, car }\nschema S { p: Purpse }").Single(x => x.Id == "MDSL0103");
        Assert.Contains("did you mean 'Purpose'", d.GetMessage());
    }

    [Fact]
    public void Gap_analysis_respects_integer_bounds()
    {
        // 620..719 is covered by 'mid' exactly; nothing is missing.
        var source = RuleSet("""
            policy priority
            rule low priority 3 when credit_score < 620 => reject
            rule high priority 2 when credit_score >= 720 => approve
            rule mid priority 1 when credit_score >= 620 and credit_score < 720 => review
            """);
        Assert.Empty(GeneratorHarness.DiagnosticsOf(source));
    }

    [Fact]
    public void Every_descriptor_has_a_test_case_and_a_documented_section()
    {
        var tested = Cases.Select(c => (string)c[0]).Concat(new[] { "MDSL0002", "MDSL0004", "MDSL0005", "MDSL0134" }).ToHashSet();
        var docs = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains(descriptor.Id, tested);
            Assert.Contains("## " + descriptor.Id, docs);
        }
    }

    [Fact]
    public void Every_message_format_says_what_is_wrong()
    {
        // A bare "{0}" hides the diagnostic's meaning in its call sites. MDSL0130's shape messages come from the
        // layer definitions' shape rules and get their own formats with them.
        var bare = DiagnosticDescriptors.All.Where(d => d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture).Trim() == "{0}").Select(d => d.Id);
        Assert.Equal(new[] { "MDSL0130" }, bare.ToArray());
    }

    [Fact]
    public void Every_ID_lies_in_its_familys_documented_range_and_is_release_tracked()
    {
        var docs = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "docs", "diagnostics.md"));
        var generator = Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "ModelDsl.Generator");
        var tracked = File.ReadAllText(Path.Combine(generator, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(generator, "AnalyzerReleases.Unshipped.md"));
        // The ranges table of docs/diagnostics.md: "| MDSL0120–MDSL0129 | …".
        var ranges = System.Text.RegularExpressions.Regex.Matches(docs, @"\| MDSL(\d{4})–MDSL(\d{4}) \|")
            .Select(m => (From: int.Parse(m.Groups[1].Value), To: int.Parse(m.Groups[2].Value))).ToList();
        Assert.True(ranges.Count >= 10, $"{ranges.Count} ranges documented");
        foreach (var d in DiagnosticDescriptors.All)
        {
            var number = int.Parse(d.Id.Substring(4));
            Assert.True(ranges.Any(r => r.From <= number && number <= r.To), $"{d.Id} is in no documented range");
            Assert.Matches($@"(?m)^{d.Id} \| {System.Text.RegularExpressions.Regex.Escape(d.Category)} \| {d.DefaultSeverity} \|", tracked);
        }
    }

    [Fact]
    public void A_call_site_with_the_wrong_arguments_fails_loudly()
    {
        // Caught by the generator as MDSL0004 (see MDSL0004's test), never a message with a hole in it.
        Assert.Throws<System.InvalidOperationException>(() => DiagnosticInfo.Create(DiagnosticDescriptors.CannotCompare, "/p/T.mlmodel", ModelDsl.Generator.Infrastructure.TextLocation.None, "only one"));
        Assert.Equal("Cannot compare 'a' (int) with 'b' (bool)",
            DiagnosticInfo.Create(DiagnosticDescriptors.CannotCompare, "/p/T.mlmodel", ModelDsl.Generator.Infrastructure.TextLocation.None, "a", "int", "b", "bool").FormatMessage());
    }

    [Fact]
    public void Model_checks_catch_what_would_fail_at_training()
    {
        var single = GeneratorHarness.DiagnosticsOf("schema S { x: float  y: enum { only } }\nmodel M : classifier(S -> y) { algorithm gaussian_nb }");
        Assert.Contains("at least two classes", Assert.Single(single, d => d.Id == "MDSL0182").GetMessage());
        var counts = GeneratorHarness.DiagnosticsOf(Flower("preprocess standardize\nalgorithm multinomial_nb"));
        Assert.Contains("never negative", Assert.Single(counts, d => d.Id == "MDSL0192").GetMessage());
        var twice = GeneratorHarness.DiagnosticsOf(Flower("preprocess polynomial(degree: 2)\npreprocess polynomial(degree: 3)\nalgorithm lda"));
        Assert.Single(twice, d => d.Id == "MDSL0108");
    }

    [Fact]
    public void The_valid_sample_has_no_diagnostics_at_all()
    {
        var dir = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "LoanApproval");
        var files = Directory.GetFiles(dir, "*.mlmodel").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
