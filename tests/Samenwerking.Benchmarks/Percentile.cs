namespace Samenwerking.Benchmarks;

internal static class Percentile
{
    /// <summary>The value below which the fraction <paramref name="q"/> of the sorted times lies (0.5: the median).</summary>
    public static double Of(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
}
