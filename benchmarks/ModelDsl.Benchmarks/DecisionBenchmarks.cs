using System;
using BenchmarkDotNet.Attributes;
using ModelDsl.Benchmarks.Rules;
using ModelDsl.Benchmarks.Spec;

namespace ModelDsl.Benchmarks;

/// <summary>
/// Decisions by the four evaluators of one rule set. One operation decides each of the 1024 seeded inputs once
/// (OperationsPerInvoke = 1024), so Mean and Allocated are per decision, averaged over the same inputs for every
/// evaluator. The setup checks that all four decide every input the same way before anything is timed.
/// </summary>
[MemoryDiagnoser]
public abstract class DecisionBenchmarks
{
    protected const int Count = InputSampler.BenchmarkCount;

    protected Applicant[] Inputs = Array.Empty<Applicant>();
    private RulesEngineEvaluator? _rulesEngine;
    private NRulesEvaluator? _nrules;

    protected abstract int Size { get; }

    [GlobalSetup]
    public void Setup()
    {
        Inputs = BenchmarkRuleSets.CreateInputs();
        if (Inputs.Length != Count) throw new InvalidOperationException($"expected {Count} inputs");
        var spec = BenchmarkRuleSets.LoadSpec(Size);
        _rulesEngine = RulesEngineEvaluator.Create(spec);
        _nrules = NRulesEvaluator.Create(spec);
        Console.WriteLine("// " + BenchmarkRuleSets.Verify(Size, Inputs, _rulesEngine, _nrules));
    }

    [Benchmark(Description = "RulesEngine", OperationsPerInvoke = Count)]
    public int RulesEngine()
    {
        var engine = _rulesEngine!;
        var sum = 0;
        foreach (var input in Inputs) sum += engine.Evaluate(input).RuleIndex;
        return sum;
    }

    [Benchmark(Description = "NRules", OperationsPerInvoke = Count)]
    public int NRules()
    {
        var engine = _nrules!;
        var sum = 0;
        foreach (var input in Inputs) sum += engine.Evaluate(input).RuleIndex;
        return sum;
    }
}

public class Decide10 : DecisionBenchmarks
{
    protected override int Size => 10;

    [Benchmark(Baseline = true, Description = "HandWritten", OperationsPerInvoke = Count)]
    public int HandWritten()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += HandWritten10.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }

    [Benchmark(Description = "Generated", OperationsPerInvoke = Count)]
    public int Generated()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += Rules10.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }
}

public class Decide100 : DecisionBenchmarks
{
    protected override int Size => 100;

    [Benchmark(Baseline = true, Description = "HandWritten", OperationsPerInvoke = Count)]
    public int HandWritten()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += HandWritten100.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }

    [Benchmark(Description = "Generated", OperationsPerInvoke = Count)]
    public int Generated()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += Rules100.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }
}

public class Decide1000 : DecisionBenchmarks
{
    protected override int Size => 1000;

    [Benchmark(Baseline = true, Description = "HandWritten", OperationsPerInvoke = Count)]
    public int HandWritten()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += HandWritten1000.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }

    [Benchmark(Description = "Generated", OperationsPerInvoke = Count)]
    public int Generated()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += Rules1000.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }

    /// <summary>The same rules by hand in methods of 100 rules each, which the JIT optimizes (a 1000-rule method it does not).</summary>
    [Benchmark(Description = "HandWrittenChunked", OperationsPerInvoke = Count)]
    public int HandWrittenChunked()
    {
        var inputs = Inputs;
        var sum = 0;
        for (var i = 0; i < inputs.Length; i++) sum += HandWrittenChunked1000.Evaluate(in inputs[i]).RuleIndex;
        return sum;
    }
}
