namespace Samenwerking.Benchmarks;

internal sealed record GeneratedCounts(int Arrangements, int Memberships, int TaskPlacements, int Contributions);
