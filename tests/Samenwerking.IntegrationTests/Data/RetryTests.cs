using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Finances;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.IntegrationTests.Data;

/// <summary>
/// A connection lost in the middle of a save or a read (a page's, a finance workbook's): the retry runs the whole
/// transaction, or the whole read, again (decisions 0025 and 0034).
/// </summary>
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

        var result = await commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

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

    [Fact]
    public async Task A_connection_lost_between_the_queries_of_a_read_reads_it_all_again_and_loses_nothing()
    {
        await Database.AddArrangementAsync("Leerplicht Utrecht", ["GM0344", "GM0355", "GM0310"], tasks: ["Leerplicht"]);
        int taskId;
        await using (var db = Database.CreateContext())
        {
            taskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();
        }

        var expected = (await Database.GetService<TaskQueries>().DetailAsync(taskId, Today, CancellationToken.None))!;
        // The task page's read: the task, the municipalities, then the task's placements, where the connection is lost.
        var breaker = new ConnectionBreaker("FROM task_placements", counting: "FROM municipal_tasks");
        await using var app = new RegisterAppFactory(Database.ConnectionString).WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(breaker)));

        var read = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<TaskQueries>().DetailAsync(taskId, Today, CancellationToken.None))!;

        Assert.Equal(1, breaker.Broken);
        Assert.Equal(2, breaker.Counted); // the read's first query ran again: the read was retried whole
        var utrecht = Assert.Single(read.Arrangements, a => a.ArrangementName == "Leerplicht Utrecht");
        Assert.Equal(["De Bilt", "Utrecht", "Zeist"], utrecht.Municipalities.Select(m => m.Name));
        Assert.Equal(expected.Arrangements.Select(a => (a.ArrangementId, a.Municipalities.Count)), read.Arrangements.Select(a => (a.ArrangementId, a.Municipalities.Count)));
        Assert.Equal(expected.NothingRegistered, read.NothingRegistered);
        Assert.Equal(expected.KeptThemselves, read.KeptThemselves);
    }

    [Fact]
    public async Task A_connection_lost_while_a_finance_workbook_is_read_reads_the_municipality_and_its_sheets_again()
    {
        await Database.AddArrangementAsync("GGD Onderbroken", ["GM0344", "GM0355"]);
        var years = new YearRange(Today.Year - 1, Today.Year);
        var expected = (await Database.GetService<FinanceSheets>().WorkbookAsync(SubjectKind.Gemeente, "GM0344", years, CancellationToken.None))!;
        // The workbook's read: the municipality, then its memberships, where the connection is lost.
        var breaker = new ConnectionBreaker("FROM memberships", counting: "FROM municipalities");
        await using var app = new RegisterAppFactory(Database.ConnectionString).WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(breaker)));

        var read = (await app.Services.CreateScope().ServiceProvider.GetRequiredService<FinanceSheets>()
            .WorkbookAsync(SubjectKind.Gemeente, "GM0344", years, CancellationToken.None))!;

        Assert.Equal(1, breaker.Broken);
        Assert.Equal(2, breaker.Counted); // the municipality was read again: the workbook was read again whole
        Assert.Equal("Utrecht", read.Subject.Name);
        var rows = Assert.Single(read.Sheets).Rows;
        Assert.Contains(rows, r => r.Name == "GGD Onderbroken");
        Assert.Equal(expected.Sheets[0].Rows.Select(r => (r.ArrangementId, r.Year)), rows.Select(r => (r.ArrangementId, r.Year)));
    }

    [Fact]
    public async Task Queries_inside_a_read_stream_their_rows_while_a_query_on_its_own_is_buffered_to_be_retried()
    {
        // EF Core compiles a query to buffer its rows when the running strategy (or, with none running, the context's)
        // says it would retry that query on its own.
        var contexts = Database.GetService<IDbContextFactory<RegisterDbContext>>();
        var insideRead = await contexts.ReadingAsync(_ => Task.FromResult(ExecutionStrategy.Current!.RetriesOnFailure), CancellationToken.None);
        await using var alone = await contexts.CreateDbContextAsync();

        Assert.False(insideRead);
        Assert.Null(ExecutionStrategy.Current);
        Assert.True(alone.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    /// <summary>
    /// Ends its own connection's server process (as a restart of PostgreSQL would) right before the first command whose
    /// text holds <paramref name="breakAt"/>, by default the first write of a save's history (the arrangement was written
    /// in the transaction, its history not yet); counts the commands that hold <paramref name="counting"/>.
    /// </summary>
    private sealed class ConnectionBreaker(string breakAt = "INSERT INTO change_records", string? counting = null) : DbCommandInterceptor
    {
        private int broken;
        private int counted;

        public int Broken => Volatile.Read(ref broken);

        public int Counted => Volatile.Read(ref counted);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (counting is not null && command.CommandText.Contains(counting, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref counted);
            }

            if (command.CommandText.Contains(breakAt, StringComparison.Ordinal) && Interlocked.Exchange(ref broken, 1) == 0)
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
