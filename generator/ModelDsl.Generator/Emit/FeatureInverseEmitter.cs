using System.Linq;
using ModelDsl.Generator.Infrastructure;
using ModelDsl.Generator.Semantics;

namespace ModelDsl.Generator.Emit;

/// <summary>
/// <c>FromFeatures</c>: a feature vector back to a typed row, through the runtime's <c>FeaturePipeline.Inverse</c>
/// (unscaling, argmax of one-hot blocks, declared clamps), then the field types: integers rounded, bools and set
/// members at 0.5, enums by index. Generative models use it to turn the vectors they produce into rows.
/// </summary>
internal static class FeatureInverseEmitter
{
    public static void Write(SourceWriter w, LearnedModel model, string pipeline)
    {
        var input = model.InputFullName;
        var numeric = model.Features.Where(f => f.Kind != FeatureKind.Text).ToList();
        var count = ModelEmitter.NumericCount(model);
        var allocates = numeric.Any(f => f.Type.IsTensor);
        w.Line("/// <summary>The length of a feature vector (what <see cref=\"FromFeatures\"/> reads).</summary>");
        w.Line($"public int FeatureCount => {pipeline}.OutputCount;").Line();
        w.Line("/// <summary>The feature vector of <paramref name=\"input\"/> after the declared preprocessing (<see cref=\"FeatureCount\"/> values), what the algorithm sees. Allocates nothing.</summary>");
        w.Line($"public void ToFeatures(in {input} input, global::System.Span<double> features)").OpenBrace();
        w.Line($"global::System.Span<double> numeric = {ModelEmitter.NumericBuffer(count)};");
        if (model.Features.Any(f => f.Kind == FeatureKind.Text)) w.Line("var texts = new TextBuffer();").Line("global::System.Span<string?> text = texts;");
        else w.Line("global::System.Span<string?> text = default;");
        w.Line("Extract(in input, numeric, text);");
        w.Line($"{pipeline}.Transform(numeric, text, features);");
        w.CloseBrace().Line();
        w.Line("/// <summary>");
        w.Line("/// The row a feature vector stands for (the inverse of the declared preprocessing): scaling undone, declared clamps");
        w.Line("/// applied, integers rounded, each enum the value of its largest one-hot column, bools and set members present at 0.5 or more.");
        w.Line($"/// Fields that are not features (the label{(model.Features.Any(f => f.Kind == FeatureKind.Text) ? ", text features" : "")}) are left empty. {(allocates ? "Allocates the tensor fields' arrays only." : "Allocates nothing.")}");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"features\"/> is shorter than <see cref=\"FeatureCount\"/>.</exception>");
        w.Line($"public {input} FromFeatures(global::System.ReadOnlySpan<double> features)").OpenBrace();
        w.Line($"global::System.Span<double> numeric = {ModelEmitter.NumericBuffer(count)};");
        w.Line($"{pipeline}.Inverse(features, numeric);");
        w.Line($"return new {input}").OpenBrace();
        var at = 0;
        foreach (var f in numeric)
        {
            var n = f.Type.ElementCount;
            w.Line($"{f.Property} = {Value(f, at, n)},");
            at += f.Type.IsTensor || f.Type.IsSet ? n : 1;
        }
        foreach (var f in model.Features.Where(f => f.Kind == FeatureKind.Text)) w.Line($"{f.Property} = \"\",");
        w.CloseBrace(";");
        w.CloseBrace().Line();
    }

    private static string Value(FeatureModel f, int at, int n)
    {
        var v = $"numeric[{at}]";
        if (f.Type.IsSet) return $"global::ModelDsl.Runtime.Data.EnumSet<{f.Type.EnumFullName}>.FromMultiHot(numeric.Slice({at}, {n}))";
        if (f.Type.IsTensor)
        {
            var slice = $"numeric.Slice({at}, {n})";
            return f.Type.Kind switch
            {
                ValueKind.Double => $"{slice}.ToArray()",
                _ => $"global::ModelDsl.Runtime.Models.TensorFields.FromDoubles<{f.Type.ElementCSharpName}>({slice})",
            };
        }
        return f.Type.Kind switch
        {
            ValueKind.Int => $"(int)global::System.Math.Clamp(global::System.Math.Round({v}, global::System.MidpointRounding.AwayFromZero), int.MinValue, int.MaxValue)",
            ValueKind.Long => $"(long)global::System.Math.Clamp(global::System.Math.Round({v}, global::System.MidpointRounding.AwayFromZero), long.MinValue, long.MaxValue)",
            ValueKind.Float => $"(float){v}",
            ValueKind.Bool => $"{v} >= 0.5",
            ValueKind.Enum => $"({f.Type.EnumFullName})(int){v}",
            _ => v,
        };
    }
}
