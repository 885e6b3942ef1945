using System;
using System.IO;
using System.Linq;
using Samples.Neighbors;

// Train both declared k-nearest-neighbour models on 80% of their data and report the held-out metrics; then show
// which training images a prediction leans on.
var images = Handwriting.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "digits.csv")).ToList();
var digits = DigitNeighbors.Train(images);
Console.WriteLine("DigitNeighbors (3 nearest, distance-weighted), held-out test set:");
Console.WriteLine(digits.TestReport);

var image = images[1];
var prediction = digits.Predict(image);
Console.WriteLine($"Image 1 shows a {image.Digit}; its nearest neighbours say {prediction.Digit} ({prediction.Confidence:P0} of their weight).");

var patients = Checkup.ReadCsv(Path.Combine(AppContext.BaseDirectory, "data", "diabetes.csv")).ToList();
var progression = ProgressionNeighbors.Train(patients);
Console.WriteLine();
Console.WriteLine("ProgressionNeighbors (15 nearest by Manhattan distance on standardised measurements), held-out test set:");
Console.WriteLine(progression.TestReport);
Console.WriteLine($"Patient 0: progression {patients[0].Progression}, predicted {progression.Predict(patients[0]).Progression:F1}.");
