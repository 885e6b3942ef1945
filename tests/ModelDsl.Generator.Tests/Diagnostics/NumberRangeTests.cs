using System.Linq;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Diagnostics;

/// <summary>
/// Every numeric setting goes through one range check (<c>ParameterSpec.Accepts</c>): a number that overflows
/// <c>double</c> (<c>1e400</c> parses as infinity) is an MDSL0123 on the number, never an <c>Infinityd</c> in the
/// generated C# that fails the build with CS0103.
/// </summary>
public sealed class NumberRangeTests
{
    private const string Flowers = """
        schema Flower {
            sepal_length: float
            sepal_width: float
            petal_length: float
            petal_width: float
            species: enum { setosa, versicolor, virginica }
        }
        """;

    private static string Classifier(string body) => Flowers + "\nmodel Iris : classifier(Flower -> species) {\n    " + body + "\n}\n";

    private static string Regressor(string body) => Flowers + "\nmodel Width : regressor(Flower -> petal_width) {\n    features sepal_length, sepal_width, petal_length\n    " + body + "\n}\n";

    private static string Network(string body) => Classifier("network { dense(16) relu dense(3) }\n    " + body);

    public static TheoryData<string, string, string> Cases => new()
    {
        // hyper-parameters of algorithms (numbers, integers)
        { "hyper-parameter c", Classifier("algorithm logistic_regression(c: 1e400)"), "'c' of 'logistic_regression'" },
        { "hyper-parameter tol", Classifier("algorithm logistic_regression(tol: 1e400)"), "'tol' of 'logistic_regression'" },
        { "hyper-parameter max_iter", Classifier("algorithm logistic_regression(max_iter: 1e400)"), "'max_iter' of 'logistic_regression'" },
        { "hyper-parameter var_smoothing", Classifier("algorithm gaussian_nb(var_smoothing: 1e400)"), "'var_smoothing' of 'gaussian_nb'" },
        { "hyper-parameter alpha", Regressor("algorithm ridge(alpha: 1e400)"), "'alpha' of 'ridge'" },
        { "hyper-parameter negative", Regressor("algorithm svr(epsilon: -1e400)"), "'epsilon' of 'svr'" },
        // transforms and imputation constants
        { "transform degree", Classifier("preprocess polynomial(degree: 1e400)\n    algorithm lda"), "'degree' of 'polynomial'" },
        { "impute constant", Classifier("impute constant(value: 1e400)\n    algorithm lda"), "'value' of 'constant'" },
        { "impute constant negative", Classifier("impute constant(value: -1e400)\n    algorithm lda"), "'value' of 'constant'" },
        // split fractions, folds, seeds
        { "split fraction", Classifier("algorithm lda\n    split test 1e400"), "'test' of 'split'" },
        { "split seed", Classifier("algorithm lda\n    split test 0.2 seed 1e400"), "'seed' of the split" },
        { "cross-validation folds", Classifier("algorithm lda\n    cross_validate 1e400"), "'folds' of 'cross_validate'" },
        // layer parameters
        { "layer leaky_relu slope", Classifier("network { dense(16) leaky_relu(slope: 1e400) dense(3) }"), "'slope' of 'leaky_relu'" },
        { "layer slope by position", Classifier("network { dense(16) leaky_relu(1e400) dense(3) }"), "'slope' of 'leaky_relu'" },
        { "layer units", Classifier("network { dense(1e400) dense(3) }"), "'units' of 'dense'" },
        { "layer dropout", Classifier("network { dense(16) dropout(p: 1e400) dense(3) }"), "'p' of 'dropout'" },
        { "block repeat", Classifier("network { block { dense(16) relu } x 1e400\n dense(3) }"), "'repeat' of the block" },
        { "input dimension", Classifier("input sepal_length, sepal_width, petal_length, petal_width as [1e400]\n    network { dense(3) }"), "'dimension' of 'input'" },
        // train settings
        { "train lr", Network("train { optimizer adam(lr: 1e400) }"), "'lr' of 'adam'" },
        { "train weight_decay", Network("train { optimizer adamw(weight_decay: 1e400) }"), "'weight_decay' of 'adamw'" },
        { "train momentum", Network("train { optimizer sgd(momentum: 1e400) }"), "'momentum' of 'sgd'" },
        { "train schedule gamma", Network("train { schedule step(gamma: 1e400) }"), "'gamma' of 'step'" },
        { "train clip_grad", Network("train { clip_grad 1e400 }"), "'clip_grad' of 'train'" },
        { "train validation", Network("train { validation 1e400 }"), "'validation' of 'train'" },
        { "train epochs", Network("train { epochs 1e400 }"), "'epochs' of 'train'" },
        { "train batch", Network("train { batch 1e400 }"), "'batch' of 'train'" },
        { "train seed", Network("train { seed 1e400 }"), "'seed' of 'train'" },
        { "train checkpoint_every", Network("train { checkpoint_every 1e400 }"), "'checkpoint_every' of 'train'" },
        { "train early_stopping patience", Network("train { validation 0.1\n early_stopping(patience: 1e400) }"), "'patience' of 'early_stopping'" },
        // tensor dimensions of schema fields
        { "tensor dimension", "schema S {\n    pixels: float[4, 1e400]\n}", "'dimension' of the tensor field" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_number_that_overflows_double_is_an_MDSL0123_on_the_number(string setting, string source, string messageFragment)
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", source));
        var d = Assert.Single(run.Mdsl, x => x.Id == "MDSL0123");
        Assert.Contains("1e400", GeneratorHarness.SpanOf(source, d));
        Assert.Contains(messageFragment, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("1e400", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // Nothing non-finite reaches the generated C#: what is generated compiles.
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains("Infinity") && !s.Text.Contains("double.PositiveInfinity"));
        Assert.False(string.IsNullOrEmpty(setting));
    }

    [Theory]
    [InlineData("train { clip_grad 1e300 }")]
    [InlineData("train { optimizer adam(lr: 1e-300) }")]
    public void Large_and_small_finite_numbers_are_still_accepted(string train)
    {
        var run = GeneratorHarness.Run(("Test.mlmodel", Network(train)));
        Assert.Empty(run.Mdsl);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_rule_literal_that_overflows_double_compiles_as_infinity()
    {
        // In a condition infinity is a value like any other (income < 1e400 always holds), so it is written as such.
        var run = GeneratorHarness.Run(("Test.mlmodel", Snippets.RuleSet("rule rich when income < 1e400 => approve\notherwise review")));
        Assert.DoesNotContain(run.Mdsl, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
