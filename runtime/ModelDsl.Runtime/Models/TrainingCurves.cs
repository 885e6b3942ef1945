using System;
using System.Collections.Generic;
using System.Linq;
using ModelDsl.Runtime.ModelFiles;

namespace ModelDsl.Runtime.Models;

/// <summary>One measured quantity over a training run (e.g. "train loss" per iteration or epoch).</summary>
/// <param name="Name">What was measured, as shown in a legend ("train loss", "validation accuracy", "inertia").</param>
/// <param name="Steps">The iteration or epoch of each value (1-based, increasing).</param>
/// <param name="Values">The values, one per step.</param>
public sealed record TrainingSeries(string Name, IReadOnlyList<double> Steps, IReadOnlyList<double> Values);

/// <summary>
/// The curves of a training run: what every trained model records (classical learners per iteration, networks
/// per epoch) and what pictures are drawn from (<c>ModelDsl.Plots</c>, <c>modeldsl plot</c>). Stored in the model
/// file as the optional section <see cref="SectionName"/>, so a saved model keeps its curves.
/// </summary>
public sealed class TrainingCurves
{
    /// <summary>The model-file section holding the curves (optional: files without it load with no curves).</summary>
    public const string SectionName = "history";

    /// <summary>No curves (a learner with a closed-form fit, such as OLS or Gaussian naive Bayes).</summary>
    public static TrainingCurves Empty { get; } = new("iteration", Array.Empty<TrainingSeries>());

    /// <summary>Creates curves.</summary>
    /// <param name="stepName">What a step is: "iteration", "epoch", "tree", "sweep".</param>
    /// <param name="series">The measured quantities.</param>
    public TrainingCurves(string stepName, IReadOnlyList<TrainingSeries> series)
    {
        StepName = stepName;
        Series = series;
    }

    /// <summary>What a step is ("iteration", "epoch", …), the x axis of a plot.</summary>
    public string StepName { get; }

    /// <summary>The measured quantities.</summary>
    public IReadOnlyList<TrainingSeries> Series { get; }

    /// <summary>Whether anything was recorded.</summary>
    public bool IsEmpty => Series.Count == 0 || Series.All(s => s.Values.Count == 0);

    /// <summary>
    /// Adds the curves to a model file's sections: <c>history</c> holds the step name and the series names,
    /// <c>history.N</c> the steps then the values of series N.
    /// </summary>
    public void AddTo(ModelFileSections sections)
    {
        if (IsEmpty) return;
        sections.Add(SectionName, new[] { StepName }.Concat(Series.Select(s => s.Name)).ToArray());
        for (var i = 0; i < Series.Count; i++)
            sections.Add($"{SectionName}.{i}", Series[i].Steps.Concat(Series[i].Values).ToArray());
    }

    /// <summary>Reads the curves back; <see cref="Empty"/> when the file has none.</summary>
    public static TrainingCurves ReadFrom(ModelFileContent content)
    {
        if (!content.Has(SectionName)) return Empty;
        var names = content.Strings(SectionName);
        if (names.Length == 0) throw new ModelFileCorruptedException($"The '{SectionName}' section of the model file is empty.");
        var series = new List<TrainingSeries>();
        for (var i = 1; i < names.Length; i++)
        {
            var data = content.Doubles($"{SectionName}.{i - 1}");
            if (data.Length % 2 != 0)
                throw new ModelFileCorruptedException($"The '{SectionName}.{i - 1}' section of the model file has an odd length ({data.Length}).");
            var n = data.Length / 2;
            series.Add(new TrainingSeries(names[i], data[..n], data[n..]));
        }
        return new TrainingCurves(names[0], series);
    }
}
