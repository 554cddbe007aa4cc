using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.IntegrationTests.Features.Tasks;

public sealed class TaskQueriesTests(RegisterDatabase database) : RegisterTest(database)
{
    private TaskQueries Queries => Database.GetService<TaskQueries>();

    [Fact]
    public async Task Lists_the_catalog_by_policy_area_with_how_widely_each_task_is_placed()
    {
        var tasks = await Queries.ListAsync(Today, CancellationToken.None);

        Assert.Equal(tasks.OrderBy(t => t.PolicyAreaCode, StringComparer.Ordinal).Select(t => t.Id), tasks.Select(t => t.Id));
        var fire = Assert.Single(tasks, t => t.Name == "Brandweerzorg");
        Assert.Equal((342, 25), (fire.MunicipalityCount, fire.ArrangementCount));
    }

    [Fact]
    public async Task Tells_for_every_municipality_where_a_task_is_placed_kept_or_not_registered()
    {
        await Database.AddArrangementAsync("Leerplicht Utrecht", ["GM0344", "GM0355", "GM0310"], tasks: ["Leerplicht"]);
        int taskId;
        await using (var db = Database.CreateContext())
        {
            taskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();
            db.TaskPlacements.Add(new TaskPlacement { MunicipalityId = db.Municipalities.Single(m => m.Code == "GM0014").Id, MunicipalTaskId = taskId });
            await db.SaveChangesAsync();
        }

        var detail = await Queries.DetailAsync(taskId, Today, CancellationToken.None);

        Assert.NotNull(detail);
        var utrecht = Assert.Single(detail.Arrangements, a => a.ArrangementName == "Leerplicht Utrecht");
        Assert.Equal(["De Bilt", "Utrecht", "Zeist"], utrecht.Municipalities.Select(m => m.Name));
        Assert.Equal(["Groningen"], detail.KeptThemselves.Select(m => m.Name));
        Assert.DoesNotContain(detail.NothingRegistered, m => m.Code is "GM0344" or "GM0014");
        var placed = detail.Arrangements.SelectMany(a => a.Municipalities).Select(m => m.Code);
        Assert.Equal(342, placed.Concat(detail.KeptThemselves.Select(m => m.Code)).Concat(detail.NothingRegistered.Select(m => m.Code)).Distinct().Count());
    }

    [Fact]
    public async Task Counts_a_placement_that_ended_as_not_registered_today()
    {
        await Database.AddArrangementAsync("Vroegere regeling", ["GM0344"], tasks: ["Leerplicht"],
            joinDate: new DateOnly(2010, 1, 1), leaveDate: new DateOnly(2015, 1, 1));
        await using var db = Database.CreateContext();
        var taskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();

        var today = await Queries.DetailAsync(taskId, Today, CancellationToken.None);
        var then = await Queries.DetailAsync(taskId, new DateOnly(2012, 6, 1), CancellationToken.None);

        Assert.Contains(today!.NothingRegistered, m => m.Code == "GM0344");
        Assert.Contains(then!.Arrangements, a => a.ArrangementName == "Vroegere regeling");
    }

    [Fact]
    public async Task Counts_a_placement_and_a_municipality_from_their_first_day_and_no_longer_on_their_last()
    {
        // The page's compiled queries write the periods out (TaskPlacement.ActiveOn, Municipality.ExistsOn): every edge,
        // on the day itself and the day before.
        var arrangement = await Database.AddArrangementAsync("Leerplicht Heuvelrug", ["GM0344", "GM0355", "GM0310"], tasks: ["Leerplicht"]);
        int taskId;
        await using (var db = Database.CreateContext())
        {
            taskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();
            var placements = await db.TaskPlacements.Include(p => p.Municipality).Where(p => p.ArrangementId == arrangement.Id).ToListAsync();
            placements.Single(p => p.Municipality!.Code == "GM0344").StartDate = Today;
            placements.Single(p => p.Municipality!.Code == "GM0355").EndDate = Today;
            (await db.Municipalities.SingleAsync(m => m.Code == "GM0014")).ValidTo = Today;
            (await db.Municipalities.SingleAsync(m => m.Code == "GM0034")).ValidFrom = Today;
            await db.SaveChangesAsync();
        }

        var today = await Queries.DetailAsync(taskId, Today, CancellationToken.None);
        var yesterday = await Queries.DetailAsync(taskId, Today.AddDays(-1), CancellationToken.None);

        Assert.Equal(["De Bilt", "Utrecht"], Assert.Single(today!.Arrangements, a => a.ArrangementId == arrangement.Id).Municipalities.Select(m => m.Name));
        Assert.Equal(["De Bilt", "Zeist"], Assert.Single(yesterday!.Arrangements, a => a.ArrangementId == arrangement.Id).Municipalities.Select(m => m.Name));
        string[] Listed(TaskDetail detail) =>
            [.. detail.Arrangements.SelectMany(a => a.Municipalities).Concat(detail.KeptThemselves).Concat(detail.NothingRegistered).Select(m => m.Code)];
        Assert.Contains("GM0034", Listed(today));
        Assert.DoesNotContain("GM0014", Listed(today));
        Assert.Contains("GM0014", Listed(yesterday));
        Assert.DoesNotContain("GM0034", Listed(yesterday));
    }

    [Fact]
    public async Task Leaves_out_an_arrangement_deleted_between_the_placements_and_their_names()
    {
        await Database.AddArrangementAsync("Leerplicht Utrecht", ["GM0344", "GM0355"], tasks: ["Leerplicht"]);
        var gone = await Database.AddArrangementAsync("Leerplicht Opgeheven", ["GM0310"], tasks: ["Leerplicht"]);
        int taskId;
        await using (var db = Database.CreateContext())
        {
            taskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();
        }

        // An import or an editor deletes the arrangement after the read has its placements, before it reads the names.
        var deleter = new DeleteBeforeNames(Database, gone.Id);
        await using var app = new RegisterAppFactory(Database.ConnectionString).WithWebHostBuilder(
            builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(deleter)));

        var detail = await app.Services.CreateScope().ServiceProvider.GetRequiredService<TaskQueries>().DetailAsync(taskId, Today, CancellationToken.None);

        Assert.True(deleter.Deleted);
        var names = detail!.Arrangements.Select(a => a.ArrangementName).ToList();
        Assert.Contains("Leerplicht Utrecht", names);
        Assert.DoesNotContain("Leerplicht Opgeheven", names);
    }

    [Fact]
    public async Task Returns_nothing_for_an_unknown_task() => Assert.Null(await Queries.DetailAsync(-1, Today, CancellationToken.None));

    /// <summary>
    /// Deletes an arrangement, on a connection of its own, just before the read asks for the arrangements' names (the only
    /// statement of the read from the arrangements).
    /// </summary>
    private sealed class DeleteBeforeNames(RegisterDatabase database, int arrangementId) : DbCommandInterceptor
    {
        public bool Deleted { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!Deleted && command.CommandText.Contains("FROM arrangements AS a", StringComparison.Ordinal))
            {
                await using var db = database.CreateContext();
                await db.Arrangements.Where(a => a.Id == arrangementId).ExecuteDeleteAsync(cancellationToken);
                Deleted = true;
            }

            return result;
        }
    }
}
