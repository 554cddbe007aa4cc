using Npgsql;
using Samenwerking.Web.Data;

namespace Samenwerking.Tests.Data;

public sealed class DatabaseRetriesTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, true)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, true)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, true)]
    [InlineData(PostgresErrorCodes.TooManyConnections, false)]
    [InlineData(PostgresErrorCodes.SerializationFailure, false)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, false)]
    public void Empties_the_pool_only_when_the_server_went_away(string sqlState, bool lost) =>
        Assert.Equal(lost, DatabaseRetries.IsUnavailable(new PostgresException("fout", "FATAL", "FATAL", sqlState)));

    [Fact]
    public void Empties_the_pool_when_the_network_went_away() =>
        Assert.True(DatabaseRetries.IsUnavailable(new NpgsqlException("Exception while reading from stream", new IOException())));

    [Fact]
    public void Leaves_the_pool_for_a_failure_that_is_not_the_database_s() =>
        Assert.False(DatabaseRetries.IsUnavailable(new TimeoutException()));
}
