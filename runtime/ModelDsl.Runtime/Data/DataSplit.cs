using System;
using System.Collections.Generic;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// Seeded train/test splits and k-fold partitions of row indices. The same arguments give the same indices on
/// every machine (System.Random with a seed). Indices within each part are in ascending order.
/// </summary>
public static class DataSplit
{
    /// <summary>
    /// Splits rows 0..rows-1 into a training and a test part with ⌈testFraction·rows⌉ test rows (as scikit-learn).
    /// With <paramref name="stratifyLabels"/>, each class keeps its proportion in both parts (test counts per class by
    /// largest remainder); a class with a single row goes to training.
    /// </summary>
    public static (int[] Train, int[] Test) TrainTest(int rows, double testFraction, int seed, ReadOnlySpan<int> stratifyLabels = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 2);
        if (!(testFraction > 0 && testFraction < 1)) throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be in (0, 1).");
        int testCount = (int)Math.Ceiling(testFraction * rows - 1e-9);
        testCount = Math.Clamp(testCount, 1, rows - 1);
        var random = new Random(seed);
        var test = new List<int>(testCount);
        var train = new List<int>(rows - testCount);
        if (stratifyLabels.IsEmpty)
        {
            var order = Permutation(rows, random);
            for (int i = 0; i < rows; i++) (i < testCount ? test : train).Add(order[i]);
        }
        else
        {
            var groups = Groups(stratifyLabels, rows);
            var quotas = Allocate(groups, testCount, rows);
            for (int g = 0; g < groups.Count; g++)
            {
                var members = groups[g].ToArray();
                random.Shuffle(members);
                for (int i = 0; i < members.Length; i++) (i < quotas[g] ? test : train).Add(members[i]);
            }
        }
        var trainArray = train.ToArray();
        var testArray = test.ToArray();
        Array.Sort(trainArray);
        Array.Sort(testArray);
        return (trainArray, testArray);
    }

    /// <summary>
    /// Partitions rows 0..rows-1 into <paramref name="folds"/> test folds of nearly equal size (each row in exactly one);
    /// fold i trains on the others. With <paramref name="stratifyLabels"/>, each class is dealt evenly over the folds.
    /// </summary>
    public static (int[] Train, int[] Test)[] KFold(int rows, int folds, int seed, ReadOnlySpan<int> stratifyLabels = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (rows < folds) throw new ArgumentOutOfRangeException(nameof(rows), rows, $"{folds} folds need at least {folds} rows.");
        var random = new Random(seed);
        var fold = new int[rows];
        if (stratifyLabels.IsEmpty)
        {
            var order = Permutation(rows, random);
            // scikit-learn's KFold sizes: the first rows % folds folds get one extra row
            int position = 0;
            for (int f = 0; f < folds; f++)
            {
                int size = rows / folds + (f < rows % folds ? 1 : 0);
                for (int i = 0; i < size; i++) fold[order[position++]] = f;
            }
        }
        else
        {
            var groups = Groups(stratifyLabels, rows);
            int dealt = 0;
            foreach (var group in groups)
            {
                var members = group.ToArray();
                random.Shuffle(members);
                // continuing the deal across classes keeps the fold sizes within one of each other
                foreach (int row in members) fold[row] = dealt++ % folds;
            }
        }
        var result = new (int[] Train, int[] Test)[folds];
        for (int f = 0; f < folds; f++)
        {
            var train = new List<int>();
            var test = new List<int>();
            for (int i = 0; i < rows; i++) (fold[i] == f ? test : train).Add(i);
            result[f] = (train.ToArray(), test.ToArray());
        }
        return result;
    }

    private static int[] Permutation(int rows, Random random)
    {
        var order = new int[rows];
        for (int i = 0; i < rows; i++) order[i] = i;
        random.Shuffle(order);
        return order;
    }

    private static List<List<int>> Groups(ReadOnlySpan<int> labels, int rows)
    {
        if (labels.Length != rows) throw new ArgumentException($"{labels.Length} stratification labels for {rows} rows.", nameof(labels));
        var byLabel = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < rows; i++)
        {
            if (!byLabel.TryGetValue(labels[i], out var list)) byLabel[labels[i]] = list = new List<int>();
            list.Add(i);
        }
        return new List<List<int>>(byLabel.Values);
    }

    /// <summary>Test rows per group: proportional, rounded down, remainders to the largest fractions (ties: larger group, then
    /// lower label); a group never gives all its rows, and a single-row group gives none.</summary>
    private static int[] Allocate(List<List<int>> groups, int testCount, int rows)
    {
        int g = groups.Count;
        var quotas = new int[g];
        var fractions = new double[g];
        int assigned = 0;
        for (int i = 0; i < g; i++)
        {
            double exact = (double)groups[i].Count * testCount / rows;
            quotas[i] = Math.Min((int)Math.Floor(exact), Math.Max(0, groups[i].Count - 1));
            fractions[i] = exact - quotas[i];
            assigned += quotas[i];
        }
        var order = new int[g];
        for (int i = 0; i < g; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int c = fractions[b].CompareTo(fractions[a]);
            if (c != 0) return c;
            c = groups[b].Count.CompareTo(groups[a].Count);
            return c != 0 ? c : a.CompareTo(b);
        });
        for (int round = 0; assigned < testCount && round < testCount; round++)
        {
            bool any = false;
            foreach (int i in order)
            {
                if (assigned >= testCount) break;
                if (quotas[i] < groups[i].Count - 1)
                {
                    quotas[i]++;
                    assigned++;
                    any = true;
                }
            }
            if (!any) break;
        }
        return quotas;
    }
}
