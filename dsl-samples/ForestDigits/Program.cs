using System;
using System.IO;
using System.Linq;
using Samples.Forest;

// Train the declared 100-tree forest on 80% of the digits (in parallel on all cores), report the held-out
// metrics and the out-of-bag score, the pixels that matter most, and why one image got its label.
var scans = Scan.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "digits.csv")).ToList();
var forest = DigitForest.Train(scans);
Console.WriteLine($"DigitForest: {forest.Trained.TreeCount} trees, out-of-bag accuracy {forest.Trained.OobScore:P2}, trained in {forest.Trained.Summary.Elapsed.TotalSeconds:F2} s; held-out test set:");
Console.WriteLine(forest.TestReport);

var top = forest.FeatureImportances.OrderByDescending(f => f.Importance).Take(8);
Console.WriteLine("Pixels that matter most: " + string.Join(", ", top.Select(f => $"{f.Feature} ({f.Importance:P1})")));

var image = scans[1];
var prediction = forest.Predict(image);
Console.WriteLine($"Image 1 shows a {image.Digit}; the forest says {prediction.Digit} ({prediction.Confidence:P0} of the trees' vote).");
var path = forest.Explain(image, tree: 0);
Console.WriteLine($"Tree 0 decides it in {path.Tests.Count} tests (pixel values after preprocessing):");
foreach (var test in path.Tests) Console.WriteLine("  " + test);
var leaf = path.LeafValue.Select((p, digit) => (p, digit)).MaxBy(x => x.p);
Console.WriteLine($"  leaf {path.Leaf}: digit {leaf.digit} ({leaf.p:P0} of its training images)");
