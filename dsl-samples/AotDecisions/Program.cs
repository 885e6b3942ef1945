using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Acme.Lending;
using Samples.Iris;

// Runs as a NativeAOT executable: a rule-set decision and a prediction with a saved classical model, with
// no reflection and no JIT. The model file is trained and saved on the first run (or with 'train').
// '--first-prediction' exits right after the first prediction, for measuring start-up.
var clock = Stopwatch.StartNew();
var modelPath = Path.Combine(AppContext.BaseDirectory, "iris.mdsl");
if (args.Contains("train") || !File.Exists(modelPath))
{
    var rows = Flower.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "iris.csv")).ToList();
    IrisClassifier.Train(rows).Save(modelPath);
    Console.WriteLine($"Trained IrisClassifier on {rows.Count} rows and saved it to {modelPath}.");
    clock.Restart();
}

var model = IrisClassifier.Load(modelPath);
var flower = model.Predict(sepalLength: 6.1f, sepalWidth: 2.8f, petalLength: 4.7f, petalWidth: 1.2f);
var firstPrediction = clock.Elapsed;
if (args.Contains("--first-prediction"))
{
    Console.WriteLine($"{flower.Species.ToDslName()} {firstPrediction.TotalMilliseconds:F2} ms");
    return;
}

var applicant = new Applicant
{
    Age = 34, Income = 72_000, Debt = 9_500, LoanAmount = 25_000, CreditScore = 745, YearsEmployed = 6,
    Employment = ApplicantEmployment.Salaried, Purpose = Purpose.Car, HasCollateral = true, LatePayments = 0, Country = "NL",
};
var decision = LoanPolicy.Evaluate(in applicant);
Console.WriteLine($"Loan: {decision.Outcome.ToDslName()} by rule '{decision.RuleName}' ({decision.Reason})");
Console.WriteLine($"Iris 6.1 × 2.8, petals 4.7 × 1.2: {flower.Species.ToDslName()} ({flower.Confidence:P1})");
Console.WriteLine($"Load the model file and predict: {firstPrediction.TotalMilliseconds:F2} ms after Main started ({(System.Runtime.JitInfo.GetCompiledMethodCount() > 0 ? "JIT" : "NativeAOT")}).");
