using System;
using System.IO;
using System.Linq;
using Samples.Digits;

// k-means on the 8×8 digit images, without their labels; then how well the clusters match the digits.
var rows = DigitImage.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "digits.csv")).ToList();
var model = DigitGroups.Train(rows);
var report = model.Evaluate(rows);
Console.WriteLine($"DigitGroups ({DigitGroups.Spec.Algorithm}, k = {DigitGroups.Spec.Parameters["k"]}) on {rows.Count} images:");
Console.WriteLine(report);

// Each cluster's most common digit, and how many images share it (purity).
var clusters = rows.GroupBy(r => model.Predict(r).Cluster).OrderBy(g => g.Key);
var majority = 0;
foreach (var cluster in clusters)
{
    var top = cluster.GroupBy(r => r.Digit).OrderByDescending(g => g.Count()).First();
    majority += top.Count();
    Console.WriteLine($"  cluster {cluster.Key}: {cluster.Count(),4} images, mostly digit {top.Key} ({top.Count() * 100.0 / cluster.Count():0}%)");
}
Console.WriteLine($"Purity: {majority * 100.0 / rows.Count:0.0}% of images share their cluster's most common digit.");
