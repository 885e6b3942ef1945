using System;
using System.IO;
using System.Linq;
using Samples.Topics;

// Multinomial naive Bayes over word counts: a tiny document classifier.
var rows = Sentence.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "topics.csv")).ToList();
var model = TopicClassifier.Train(rows);
Console.WriteLine($"TopicClassifier ({TopicClassifier.Spec.Algorithm}) trained on {rows.Count} sentences; held-out test set:");
Console.WriteLine(model.TestReport);
foreach (var text in new[] { "Simmer the tomato sauce with garlic", "The striker scored twice in the final", "Update the laptop firmware before rebooting" })
{
    var p = model.Predict(text);
    Console.WriteLine($"  \"{text}\" → {p.Topic.ToDslName()} ({p.Confidence:P0})");
}
