using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.IntegrationTests.Data;

/// <summary>A connection lost in the middle of a save: the retry runs the whole transaction again (decision 0025).</summary>
public sealed class RetryTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task A_connection_lost_between_the_two_writes_of_a_save_is_retried_as_a_whole_and_saves_everything_once()
    {
        var breaker = new ConnectionBreaker();
        await using var app = new RegisterAppFactory(Database.ConnectionString).WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(breaker)));
        var commands = app.Services.CreateScope().ServiceProvider.GetRequiredService<ArrangementCommands>();
        var form = new ArrangementForm
        {
            Name = "Omgevingsdienst Onderbroken",
            GoalLevel = GoalLevel.Tactisch,
            LegalForm = LegalForm.OpenbaarLichaam,
            StartDate = new DateTime(2020, 1, 1),
            Memberships = [new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2020, 1, 1) }],
        };

        var result = await commands.SaveAsync(form, Users.Editor(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem.ToString());
        Assert.Equal(1, breaker.Broken);
        await using var db = Database.CreateContext();
        var saved = await db.Arrangements.Where(a => a.Name == "Omgevingsdienst Onderbroken").Include(a => a.Memberships).ToListAsync();
        Assert.Equal(result.Id, Assert.Single(saved).Id);
        Assert.Single(saved[0].Memberships);
        var history = await db.ChangeRecords.Where(r => r.ArrangementId == result.Id).ToListAsync();
        Assert.Single(history, r => r.EntityType == nameof(Arrangement) && r.EntityId == result.Id && r.Action == ChangeAction.Added);
        Assert.Equal(history.Count, history.DistinctBy(r => (r.EntityType, r.EntityId)).Count());
    }

    /// <summary>
    /// Ends its own connection's server process (as a restart of PostgreSQL would) right before the first write of the
    /// history: the arrangement was written in the transaction, its history not yet.
    /// </summary>
    private sealed class ConnectionBreaker : DbCommandInterceptor
    {
        private int broken;

        public int Broken => Volatile.Read(ref broken);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO change_records", StringComparison.Ordinal) && Interlocked.Exchange(ref broken, 1) == 0)
            {
                await using var terminate = command.Connection!.CreateCommand();
                terminate.Transaction = command.Transaction;
                terminate.CommandText = "SELECT pg_terminate_backend(pg_backend_pid())";
                await terminate.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
