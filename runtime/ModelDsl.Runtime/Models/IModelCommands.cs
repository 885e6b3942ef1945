using System;
using System.IO;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// What the <c>modeldsl</c> tool drives: every generated classical model has a nested <c>Commands</c> class
/// implementing it, so a tool that compiles declarations in memory can train, evaluate and predict on CSV files
/// without knowing the generated types. Models are passed as the generated class (an <see cref="ITrainedModel"/>).
/// </summary>
public interface IModelCommands
{
    /// <summary>The model's name in the declaration.</summary>
    string ModelName { get; }

    /// <summary>Trains on a CSV file with the schema's columns.</summary>
    ITrainedModel Train(string csvPath, IProgress<TrainingProgress>? progress = null);

    /// <summary>Loads a saved model of this declaration.</summary>
    ITrainedModel Load(string modelPath);

    /// <summary>Metrics of <paramref name="model"/> on a CSV file, as text.</summary>
    string Evaluate(ITrainedModel model, string csvPath);

    /// <summary>
    /// Metrics of <paramref name="model"/> on a CSV file as the report object (<see cref="ClassificationReport"/>,
    /// <see cref="RegressionReport"/> or <see cref="ClusteringReport"/>), for tools that draw it (<c>modeldsl plot</c>).
    /// </summary>
    /// <exception cref="NotSupportedException">This kind of model does not offer its report as an object.</exception>
    object EvaluateReport(ITrainedModel model, string csvPath) =>
        throw new NotSupportedException($"'{ModelName}' does not offer its evaluation report as an object.");

    /// <summary>Writes one CSV line of predictions per row of <paramref name="csvPath"/> (with a header).</summary>
    void Predict(ITrainedModel model, string csvPath, TextWriter output);
}
