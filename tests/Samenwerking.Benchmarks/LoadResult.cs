namespace Samenwerking.Benchmarks;

/// <summary>Answered requests per second (200 OK only), their latency in ms, the others, and the size on the wire.</summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50, double P95, double P99, int Errors, double KilobytesPerResponse);
