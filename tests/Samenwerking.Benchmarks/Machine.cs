using Npgsql;

namespace Samenwerking.Benchmarks;

internal static class Machine
{
    /// <summary>What the figures were measured on, e.g. "2 cores, .NET 10.0.12, PostgreSQL 15.14".</summary>
    public static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, PostgreSQL {connection.PostgreSqlVersion}";
    }
}
