using System;
using System.Collections.Generic;
using System.IO;

namespace ModelDsl.Runtime.Models;

/// <summary>
/// What the <c>modeldsl</c> tool drives: every generated model — classical, network or forecaster — has a nested
/// <c>Commands</c> class implementing it, so a tool that compiles declarations in memory can train, evaluate and
/// predict on CSV files without knowing the generated types. Models are passed as the generated class (an
/// <see cref="ITrainedModel"/>; networks are also <see cref="IDisposable"/>). Forecasters implement
/// <see cref="IForecasterCommands"/>, which adds forecasting past the end of a series.
/// </summary>
public interface IModelCommands
{
    /// <summary>The model's name in the declaration.</summary>
    string ModelName { get; }

    /// <summary>
    /// Trains on a CSV file with the schema's columns, reporting stages and, for iterative learners and networks, each
    /// iteration or epoch (throttled to about every 50 ms, the last one always) to <paramref name="progress"/>, synchronously.
    /// </summary>
    ITrainedModel Train(string csvPath, IProgress<TrainingProgress>? progress = null);

    /// <summary>
    /// Trains with settings given on the command line in place of the declared ones (<c>modeldsl train --epochs 5
    /// --device cpu --resume run.ckpt</c>). Only networks take the training overrides; other models refuse them but write a run log (<see cref="TrainingOverrides.Log"/>) of their curves and held-out metrics.
    /// </summary>
    /// <exception cref="NotSupportedException">The model is not a network and <paramref name="overrides"/> sets a network-only setting.</exception>
    ITrainedModel Train(string csvPath, TrainingOverrides overrides, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.IsEmpty) return Train(csvPath, progress);
        // only a run log: every model writes its curves and held-out metrics (a model that declares a log of its own
        // implements this method, so that the tool's replaces it)
        var log = overrides.ForClassical(ModelName)!.Log!;
        var trained = Train(csvPath, progress);
        RunLogs.RunLog.WriteRun(log, trained.Core);
        return trained;
    }

    /// <summary>
    /// k-fold cross-validation of the declaration on a CSV file (<paramref name="folds"/> folds, or the declared number,
    /// or 5): the mean and standard deviation of the main metric, as text.
    /// </summary>
    /// <exception cref="NotSupportedException">This kind of model does not cross-validate (networks, forecasters).</exception>
    string CrossValidate(string csvPath, int? folds) =>
        throw new NotSupportedException($"'{ModelName}' does not cross-validate: only classical classifiers, regressors and clusterings do.");

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

    /// <summary>
    /// Writes one CSV line of predictions per row of <paramref name="csvPath"/> (with a header). Forecasters write each
    /// row's value and its one-step-ahead forecast from the rows before it.
    /// </summary>
    void Predict(ITrainedModel model, string csvPath, TextWriter output);
}

/// <summary>Settings a tool gives in place of the declared ones when it trains a network; null keeps the declaration's.</summary>
public sealed record TrainingOverrides
{
    /// <summary>The number of epochs.</summary>
    public int? Epochs { get; init; }

    /// <summary>The device: <c>cpu</c>, <c>cuda</c>, <c>cuda:N</c> or <c>auto</c>.</summary>
    public string? Device { get; init; }

    /// <summary>Where checkpoints are written while training.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>A checkpoint to resume from.</summary>
    public string? ResumeFrom { get; init; }

    /// <summary>A run log to write (<c>--log-dir</c>), for every kind of model.</summary>
    public RunLogs.RunLogOptions? Log { get; init; }

    /// <summary>Whether nothing is overridden.</summary>
    public bool IsEmpty => NetworkNames.Count == 0 && Log is null;

    /// <summary>The options of a classical model's training: the run log, if any (the only override it takes).</summary>
    /// <param name="modelName">The model, for the message.</param>
    /// <returns>Options with <see cref="Log"/>, or null when nothing is overridden.</returns>
    /// <exception cref="NotSupportedException">A network-only setting is overridden.</exception>
    public TrainingOptions? ForClassical(string modelName)
    {
        if (NetworkNames.Count > 0)
            throw new NotSupportedException($"{string.Join(", ", NetworkNames)} {(NetworkNames.Count == 1 ? "is" : "are")} for networks; '{modelName}' is not one.");
        return Log is null ? null : new TrainingOptions { Log = Log };
    }

    /// <summary>The command-line names of the network-only settings overridden (<c>--epochs</c>, …), for messages.</summary>
    public IReadOnlyList<string> NetworkNames
    {
        get
        {
            var names = new List<string>();
            if (Epochs is not null) names.Add("--epochs");
            if (Device is not null) names.Add("--device");
            if (CheckpointPath is not null) names.Add("--checkpoint");
            if (ResumeFrom is not null) names.Add("--resume");
            return names;
        }
    }
}

/// <summary>The commands of a generated forecaster: <see cref="IModelCommands"/> plus forecasts past the end of a series.</summary>
public interface IForecasterCommands : IModelCommands
{
    /// <summary>
    /// Writes the next <paramref name="horizon"/> values (a header, then <c>step,value</c> lines) after the series in
    /// <paramref name="csvPath"/> (time order, oldest first), or after the series the model was trained on when it is null.
    /// </summary>
    void Forecast(ITrainedModel model, string? csvPath, int horizon, TextWriter output);
}
