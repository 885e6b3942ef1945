using System;
using System.Numerics.Tensors;
using System.Threading.Tasks;

namespace ModelDsl.Runtime.Learning;

/// <summary>
/// scikit-learn 1.2.1's logistic objective, Σᵢ sᵢ·loss(xᵢ, yᵢ) + ½·l2·‖W‖² (intercepts unpenalised), for one
/// coefficient vector (binary, classes {0, 1}) or one per class (multinomial softmax), with its gradient.
/// <para>
/// The optimiser works in preconditioned coordinates: w'ⱼ = sⱼ·wⱼ and b' = s_b·(b + Σⱼ wⱼ·μⱼ), with μ the column
/// means and s the square root of the Hessian's diagonal at the starting point W = 0 (κ·n·σⱼ² + l2 for a
/// coefficient, κ·n for an intercept; κ = p(1 − p) at uniform probabilities). This is an exact, invertible change
/// of variables — the objective, its minimiser and the penalty on the original coefficients are unchanged — but it
/// removes most of the ill-conditioning that raw features and a strong penalty cause, so L-BFGS needs far fewer
/// iterations (raw digits, C = 0.1, to a 1e-10 relative gradient: ~4,000 → a few hundred).
/// </para>
/// </summary>
internal sealed class LogisticObjective
{
    private readonly FeatureMatrix _x;
    private readonly int[] _labels;
    private readonly double[] _sampleWeights;
    private readonly int _outputs;
    private readonly int _d;
    private readonly int _stride;
    private readonly bool _intercept;
    private readonly double _l2;
    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double _interceptScale;
    private readonly double[] _original;
    private readonly int _blocks;
    private readonly double[][] _partialGradients;
    private readonly double[] _partialLoss;
    private readonly double[][] _scratch;

    public LogisticObjective(FeatureMatrix x, int[] labels, double[] sampleWeights, int classCount, bool fitIntercept, double l2)
    {
        _x = x;
        _labels = labels;
        _sampleWeights = sampleWeights;
        _outputs = classCount == 2 ? 1 : classCount;
        _d = x.Columns;
        _intercept = fitIntercept;
        _stride = _d + (fitIntercept ? 1 : 0);
        _l2 = l2;
        // curvature of the loss per unit of squared (centred) feature at W = 0: p(1 − p) with uniform p
        double kappa = _outputs == 1 ? 0.25 : (classCount - 1.0) / ((double)classCount * classCount);
        double weightSum = 0;
        foreach (double w in sampleWeights) weightSum += w;
        (_mean, _scale) = ColumnScaling(x, sampleWeights, fitIntercept, kappa, l2);
        _interceptScale = Math.Sqrt(Math.Max(kappa * weightSum, 1e-12));
        _original = new double[ParameterCount];
        _blocks = Blocks.Count(x.Rows, ParameterCount);
        _partialGradients = new double[_blocks][];
        _partialLoss = new double[_blocks];
        _scratch = new double[_blocks][];
        for (int b = 0; b < _blocks; b++)
        {
            _partialGradients[b] = new double[ParameterCount];
            _scratch[b] = new double[_outputs];
        }
    }

    public int ParameterCount => _outputs * _stride;

    public int Outputs => _outputs;

    public int Stride => _stride;

    /// <summary>Per-parameter factor that turns an L1 weight on the original coefficients into one on the preconditioned ones.</summary>
    public double[] L1Weights(double lambda)
    {
        var weights = new double[ParameterCount];
        for (int k = 0; k < _outputs; k++)
        {
            for (int j = 0; j < _d; j++) weights[k * _stride + j] = lambda / _scale[j]; // |wⱼ| = |w'ⱼ| / sⱼ
        }
        return weights;
    }

    /// <summary>Maps preconditioned parameters to the original coefficients and intercepts (same layout).</summary>
    public void ToOriginal(ReadOnlySpan<double> scaled, Span<double> original)
    {
        for (int k = 0; k < _outputs; k++)
        {
            var wk = original.Slice(k * _stride, _d);
            TensorPrimitives.Divide(scaled.Slice(k * _stride, _d), _scale, wk);
            if (_intercept) original[k * _stride + _d] = scaled[k * _stride + _d] / _interceptScale - TensorPrimitives.Dot(wk, _mean);
        }
    }

    /// <summary>Objective and gradient at preconditioned parameters; the gradient is with respect to them.</summary>
    public double Evaluate(ReadOnlySpan<double> scaled, Span<double> gradient)
    {
        ToOriginal(scaled, _original);
        Parallel.For(0, _blocks, Blocks.Options, EvaluateBlock);

        double loss = _partialLoss[0];
        var g = _partialGradients[0];
        for (int b = 1; b < _blocks; b++)
        {
            loss += _partialLoss[b];
            TensorPrimitives.Add(g, _partialGradients[b], g);
        }

        for (int k = 0; k < _outputs; k++)
        {
            var wk = new ReadOnlySpan<double>(_original, k * _stride, _d);
            var gk = g.AsSpan(k * _stride, _d);
            if (_l2 != 0)
            {
                loss += 0.5 * _l2 * TensorPrimitives.SumOfSquares(wk);
                TensorPrimitives.MultiplyAdd(wk, _l2, gk, gk);
            }
            // chain rule to the preconditioned coordinates: ∂/∂w'ⱼ = (∂/∂wⱼ − μⱼ·∂/∂b) / sⱼ, ∂/∂b' = (∂/∂b) / s_b
            var outK = gradient.Slice(k * _stride, _d);
            if (_intercept)
            {
                double gb = g[k * _stride + _d];
                TensorPrimitives.MultiplyAdd(_mean, -gb, gk, outK);
                gradient[k * _stride + _d] = gb / _interceptScale;
            }
            else
            {
                gk.CopyTo(outK);
            }
            TensorPrimitives.Divide(outK, _scale, outK);
        }
        return loss;
    }

    private void EvaluateBlock(int b)
    {
        var g = _partialGradients[b];
        Array.Clear(g);
        var z = _scratch[b];
        int start = Blocks.Start(b, _blocks, _x.Rows), end = Blocks.Start(b + 1, _blocks, _x.Rows);
        double loss = 0;
        var w = _original;
        for (int i = start; i < end; i++)
        {
            double s = _sampleWeights[i];
            if (s == 0) continue;
            var xi = _x.Row(i);
            int y = _labels[i];
            if (_outputs == 1)
            {
                double zi = TensorPrimitives.Dot(xi, new ReadOnlySpan<double>(w, 0, _d)) + (_intercept ? w[_d] : 0.0);
                loss += s * (Dense.Softplus(zi) - (y == 1 ? zi : 0.0));
                double r = s * (Dense.Sigmoid(zi) - (y == 1 ? 1.0 : 0.0));
                var gk = g.AsSpan(0, _d);
                TensorPrimitives.MultiplyAdd(xi, r, gk, gk);
                if (_intercept) g[_d] += r;
            }
            else
            {
                double max = double.NegativeInfinity;
                for (int k = 0; k < _outputs; k++)
                {
                    double zk = TensorPrimitives.Dot(xi, new ReadOnlySpan<double>(w, k * _stride, _d)) + (_intercept ? w[k * _stride + _d] : 0.0);
                    z[k] = zk;
                    if (zk > max) max = zk;
                }
                double zy = z[y];
                double sum = 0;
                for (int k = 0; k < _outputs; k++)
                {
                    double e = Math.Exp(z[k] - max);
                    z[k] = e;
                    sum += e;
                }
                loss += s * (max + Math.Log(sum) - zy);
                for (int k = 0; k < _outputs; k++)
                {
                    double r = s * (z[k] / sum - (k == y ? 1.0 : 0.0));
                    var gk = g.AsSpan(k * _stride, _d);
                    TensorPrimitives.MultiplyAdd(xi, r, gk, gk);
                    if (_intercept) g[k * _stride + _d] += r;
                }
            }
        }
        _partialLoss[b] = loss;
    }

    private static (double[] Mean, double[] Scale) ColumnScaling(FeatureMatrix x, double[] weights, bool center, double kappa, double l2)
    {
        int d = x.Columns;
        var mean = new double[d];
        double weightSum = 0;
        if (center)
        {
            for (int i = 0; i < x.Rows; i++)
            {
                if (weights[i] == 0) continue;
                TensorPrimitives.MultiplyAdd(x.Row(i), weights[i], mean, mean);
                weightSum += weights[i];
            }
            if (weightSum > 0) TensorPrimitives.Divide(mean, weightSum, mean);
        }
        var curvature = new double[d];
        var diff = new double[d];
        for (int i = 0; i < x.Rows; i++)
        {
            if (weights[i] == 0) continue;
            TensorPrimitives.Subtract(x.Row(i), mean, diff);
            TensorPrimitives.Multiply(diff, diff, diff);
            TensorPrimitives.MultiplyAdd(diff, weights[i], curvature, curvature);
        }
        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            double h = kappa * curvature[j] + l2;
            scale[j] = h > 1e-12 ? Math.Sqrt(h) : 1.0;
        }
        return (mean, scale);
    }
}
