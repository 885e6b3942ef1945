using System;
using System.Collections.Generic;

namespace ModelDsl.Generator.Infrastructure;

/// <summary>Did-you-mean suggestions by edit distance (case-insensitive).</summary>
internal static class NameSuggester
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal)) continue;
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        // Accept up to a third of the name's length in edits (at least one, at most three).
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        if (bestDistance <= limit) return best;
        return SoleWordMatch(name, candidates);
    }

    /// <summary>
    /// The one candidate that has <paramref name="name"/> as a whole '_'-separated word ('depth' → 'max_depth'), or null:
    /// a prefix missing is too many edits for the distance rule, yet an obvious intent.
    /// </summary>
    private static string? SoleWordMatch(string name, IEnumerable<string> candidates)
    {
        if (name.Length < 3 || name.IndexOf('_') >= 0) return null;
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (Array.IndexOf(candidate.ToLowerInvariant().Split('_'), name.ToLowerInvariant()) < 0) continue;
            if (found is not null) return null; // ambiguous: 'samples' in min_samples_split and min_samples_leaf
            found = candidate;
        }
        return found;
    }

    /// <summary>scikit-learn's (and common) spellings of parameters the catalog names otherwise.</summary>
    private static readonly Dictionary<string, string> s_parameterAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["random_state"] = "seed",
        ["random_seed"] = "seed",
        ["n_clusters"] = "k",
        ["n_trees"] = "n_estimators",
        ["tolerance"] = "tol",
        ["max_iterations"] = "max_iter",
    };

    /// <summary>Like <see cref="Hint"/> for a parameter name: a known alias of one of the candidates first.</summary>
    public static string ParameterHint(string name, IEnumerable<string> candidates)
    {
        var list = candidates as ICollection<string> ?? new List<string>(candidates);
        if (s_parameterAliases.TryGetValue(name, out var alias) && list.Contains(alias)) return $"; did you mean '{alias}'?";
        return Hint(name, list);
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates)
    {
        var closest = Closest(name, candidates);
        return closest is null ? "" : $"; did you mean '{closest}'?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
