using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Suggestions;

/// <summary>
/// Reviewing task suggestions at national scale (decision 0026): a page at a time, per arrangement, task and
/// municipality; confirmed or rejected one by one or all of an arrangement at once, each in the history, never over
/// somebody else's decision; a task lies with one arrangement per municipality at a time.
/// </summary>
public sealed class TaskSuggestionReviewTests(RegisterDatabase database) : RegisterTest(database)
{
    private SuggestionQueries Queries => Database.GetService<SuggestionQueries>();

    private SuggestionCommands Commands => Database.GetService<SuggestionCommands>();

    private async Task ImportHalfAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
    }

    private async Task ImportSampleAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml"));
        await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
    }

    private Task<TaskSuggestionList> ListAsync(TaskSuggestionFilter filter) => Queries.TasksAsync(filter, CancellationToken.None);

    /// <summary>An arrangement whose placements of these tasks are suggestions with a reason, as the import makes them.</summary>
    private async Task<Arrangement> AddSuggestingAsync(string name, string[] members, string[] tasks)
    {
        var arrangement = await Database.AddArrangementAsync(name, members);
        await using var db = Database.CreateContext();
        var municipalities = await db.Municipalities.Where(m => members.Contains(m.Code)).Select(m => m.Id).ToListAsync();
        var catalog = await db.MunicipalTasks.Where(t => tasks.Contains(t.Name)).Select(t => t.Id).ToListAsync();
        db.TaskPlacements.AddRange(municipalities.SelectMany(m => catalog.Select(t => new TaskPlacement
        {
            ArrangementId = arrangement.Id, MunicipalityId = m, MunicipalTaskId = t, IsSuggestion = true, SuggestionReason = "titel: “ggd” (GGD)",
        })));
        await db.SaveChangesAsync();
        return arrangement;
    }

    private async Task<long> RegisterVersionAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("SELECT version AS \"Value\" FROM register_version").SingleAsync();
    }

    [Fact]
    public async Task Shows_a_national_registers_suggestions_per_arrangement_task_and_municipality_a_page_at_a_time_in_a_few_queries()
    {
        await ImportHalfAsync();

        Database.App.Commands.Reset();
        var start = await ListAsync(new TaskSuggestionFilter());
        var startQueries = Database.App.Commands.Count;
        var pg = await Database.GetService<SuggestionQueries>().TasksAsync(new TaskSuggestionFilter(TaskId: await TaskIdAsync("PG")), CancellationToken.None);
        Database.App.Commands.Reset();
        var assen = await ListAsync(new TaskSuggestionFilter(MunicipalityCode: "106"));
        var assenQueries = Database.App.Commands.Count;
        var one = await ListAsync(new TaskSuggestionFilter(ArrangementId: start.Groups[0].ArrangementId));

        Assert.True(start.Total >= 1000, $"{start.Total} taakvoorstellen");
        Assert.True(start.GroupCount >= 150, $"{start.GroupCount} regelingen");
        Assert.Equal(TaskSuggestionList.PageSize, start.Groups.Count);
        Assert.All(start.Groups, g => Assert.NotEmpty(g.Tasks));
        Assert.True(startQueries <= 3, $"{startQueries} SQL-opdrachten");
        Assert.True(assenQueries <= 5, $"{assenQueries} SQL-opdrachten");
        Assert.True(pg.Total >= 150, $"{pg.Total} voorstellen publieke gezondheid");
        Assert.Equal(TaskSuggestionList.PageSize, pg.Rows.Count);
        Assert.Equal(pg.Total, pg.All.Count);
        Assert.All(pg.Rows, r => Assert.Equal("Publieke gezondheidszorg", r.TaskName));
        Assert.All(pg.Rows, r => Assert.NotEmpty(r.Reason));
        Assert.NotEmpty(assen.Rows);
        Assert.All(assen.Rows, r => Assert.Equal("Assen", r.MunicipalityName));
        Assert.Equal(start.Groups[0].Count, one.Total);
        Assert.Equal(start.Groups[0].ArrangementName, one.ArrangementName);
        Assert.Equal("'Asen' is geen CBS-gemeentecode: vul bijvoorbeeld GM0344 of 344 in.", (await ListAsync(new TaskSuggestionFilter(MunicipalityCode: "Asen"))).CodeError);
    }

    [Fact]
    public async Task Confirms_all_of_one_arrangement_and_rejects_another_in_the_history_and_both_decisions_survive_a_re_import()
    {
        await ImportHalfAsync();
        var start = await ListAsync(new TaskSuggestionFilter());
        var confirmedGroup = start.Groups.First(g => g.Count >= 10);
        var all = await ListAsync(new TaskSuggestionFilter(ArrangementId: confirmedGroup.ArrangementId));
        var rejected = (await ListAsync(new TaskSuggestionFilter(ArrangementId: start.Groups.First(g => g != confirmedGroup).ArrangementId))).Rows[0];
        await using (var before = Database.CreateContext())
        {
            var lastRecord = await before.ChangeRecords.MaxAsync(c => c.Id);
            var version = await RegisterVersionAsync();

            var editor = await Database.EditorAsync();
            var secondEditor = await Database.EditorAsync("tweede@gemeente.example");
            Database.App.Commands.Reset();
            var confirmation = await Commands.ConfirmTasksAsync(all.All, editor, CancellationToken.None);
            var commands = Database.App.Commands.Count;
            var rejection = await Commands.RejectTasksAsync([rejected.Key], secondEditor, CancellationToken.None);

            Assert.True(confirmation.Succeeded);
            Assert.Equal(all.Total, confirmation.Done + confirmation.Refused.Count);
            Assert.StartsWith($"{confirmation.Done} taakvoorstellen bevestigd.", confirmation.Message(true), StringComparison.Ordinal);
            // The role, lock, read, competitors, participations, arrangements, the save and its history: not one per suggestion.
            Assert.True(commands <= 15, $"{commands} SQL-opdrachten");
            Assert.Equal((1, "1 taakvoorstel afgewezen."), (rejection.Done, rejection.Message(false)));
            Assert.True(await RegisterVersionAsync() > version);
            await using var db = Database.CreateContext();
            var records = await db.ChangeRecords.Where(c => c.Id > lastRecord).ToListAsync();
            Assert.Equal(confirmation.Done, records.Count(r => r.EntityType == nameof(TaskPlacement) && r.Action == ChangeAction.Modified
                && r.Changes.Any(c => c.Field == nameof(TaskPlacement.IsSuggestion) && c.To == "False") && r.UserName == "redacteur@gemeente.example"));
            Assert.Contains(records, r => r.EntityType == nameof(TaskPlacement) && r.Action == ChangeAction.Removed && r.EntityId == rejected.Key.PlacementId);
            Assert.Contains(records, r => r.EntityType == nameof(Membership) && r.UserName == "tweede@gemeente.example"
                && r.Changes.Any(c => c.Field == nameof(Membership.RejectedTaskIds)));
        }

        // A task a municipality now keeps itself, where the import suggested it: the import no longer suggests it elsewhere.
        var kept = (await ListAsync(new TaskSuggestionFilter(MunicipalityCode: "GM0106"))).Rows
            .First(r => r.ArrangementId != confirmedGroup.ArrangementId && r.AlsoSuggestedIn.Count == 0);
        await using (var db = Database.CreateContext())
        {
            var placement = await db.TaskPlacements.SingleAsync(p => p.Id == kept.Key.PlacementId);
            db.TaskPlacements.Remove(placement);
            db.TaskPlacements.Add(new TaskPlacement { MunicipalityId = placement.MunicipalityId, MunicipalTaskId = placement.MunicipalTaskId });
            await db.SaveChangesAsync();
        }

        await ImportHalfAsync();

        await using var check = Database.CreateContext();
        var ids = all.All.Select(k => k.PlacementId).ToList();
        Assert.Equal(all.Total, await check.TaskPlacements.CountAsync(p => ids.Contains(p.Id) && !p.IsSuggestion));
        Assert.Equal(0, (await ListAsync(new TaskSuggestionFilter(ArrangementId: confirmedGroup.ArrangementId))).Total);
        var again = await ListAsync(new TaskSuggestionFilter(ArrangementId: rejected.ArrangementId, MunicipalityCode: null, Word: rejected.MunicipalityName));
        Assert.DoesNotContain(again.Rows, r => r.TaskName == rejected.TaskName && r.MunicipalityName == rejected.MunicipalityName);
        var assen = await ListAsync(new TaskSuggestionFilter(MunicipalityCode: "GM0106"));
        Assert.DoesNotContain(assen.Rows, r => r.TaskName == kept.TaskName);
    }

    [Fact]
    public async Task Removing_a_suggested_placement_in_the_edit_form_rejects_it_and_a_re_import_does_not_suggest_it_again()
    {
        await ImportSampleAsync();
        var group = (await ListAsync(new TaskSuggestionFilter())).Groups.First(g => g.Count >= 3);
        var rows = (await ListAsync(new TaskSuggestionFilter(ArrangementId: group.ArrangementId))).Rows;
        var (removed, confirmed, kept) = (rows[0].Key.PlacementId, rows[1].Key.PlacementId, rows[2].Key.PlacementId);
        Assert.True((await Commands.ConfirmTasksAsync([rows[1].Key], await Database.EditorAsync(), CancellationToken.None)).Succeeded);
        (int MunicipalityId, int TaskId) what;
        long lastRecord;
        await using (var db = Database.CreateContext())
        {
            var placement = await db.TaskPlacements.SingleAsync(p => p.Id == removed);
            what = (placement.MunicipalityId, placement.MunicipalTaskId);
            lastRecord = await db.ChangeRecords.MaxAsync(c => c.Id);
        }

        var arrangements = Database.GetService<ArrangementCommands>();
        var form = (await arrangements.LoadAsync(group.ArrangementId, CancellationToken.None))!;
        Assert.True(form.Placements.Single(p => p.Id == removed).IsSuggestion);
        Assert.False(form.Placements.Single(p => p.Id == confirmed).IsSuggestion);

        // A confirmed placement is still ended, not removed: dropping it is refused and rejects nothing.
        form.Placements.RemoveAll(p => p.Id == confirmed);
        var refused = await arrangements.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);
        Assert.Equal(SaveProblem.Invalid, refused.Problem);
        Assert.StartsWith("Een opgeslagen deelname, taak, jaar of bijdrage wordt niet verwijderd maar beëindigd", refused.Errors[""][0], StringComparison.Ordinal);

        form = (await arrangements.LoadAsync(group.ArrangementId, CancellationToken.None))!;
        form.Placements.RemoveAll(p => p.Id == removed);
        var saved = await arrangements.SaveAsync(form, await Database.EditorAsync("tweede@gemeente.example"), CancellationToken.None);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
        await using (var db = Database.CreateContext())
        {
            Assert.False(await db.TaskPlacements.AnyAsync(p => p.Id == removed));
            Assert.False(await db.TaskPlacements.AnyAsync(p => p.MunicipalityId == what.MunicipalityId && p.MunicipalTaskId == what.TaskId
                && (p.ArrangementId == group.ArrangementId || p.ArrangementId == null)));
            var rejections = await db.Memberships.Where(m => m.ArrangementId == group.ArrangementId && m.MunicipalityId == what.MunicipalityId)
                .Select(m => m.RejectedTaskIds).ToListAsync();
            Assert.Contains(rejections, r => r.Contains(what.TaskId));
            Assert.Equal(1, await db.Memberships.CountAsync(m => m.ArrangementId == group.ArrangementId && m.RejectedTaskIds.Count > 0));
            var records = await db.ChangeRecords.Where(c => c.Id > lastRecord && c.UserName == "tweede@gemeente.example").ToListAsync();
            Assert.Contains(records, r => r.EntityType == nameof(TaskPlacement) && r.Action == ChangeAction.Removed && r.EntityId == removed);
            Assert.Contains(records, r => r.EntityType == nameof(Membership) && r.Changes.Any(c => c.Field == nameof(Membership.RejectedTaskIds)));
        }

        await ImportSampleAsync();

        await using var check = Database.CreateContext();
        Assert.False(await check.TaskPlacements.AnyAsync(p => p.ArrangementId == group.ArrangementId
            && p.MunicipalityId == what.MunicipalityId && p.MunicipalTaskId == what.TaskId));
        Assert.True(await check.TaskPlacements.AnyAsync(p => p.Id == confirmed && !p.IsSuggestion));
        // A suggestion the editor left in the form is still a suggestion.
        Assert.True(await check.TaskPlacements.AnyAsync(p => p.Id == kept && p.IsSuggestion));
    }

    [Fact]
    public async Task Confirming_one_arrangements_suggestion_rejects_the_same_task_suggested_for_the_municipality_elsewhere()
    {
        var ggd = await AddSuggestingAsync("GGD Proef", ["GM0344", "GM0355"], ["GHOR", "Publieke gezondheidszorg"]);
        var region = await AddSuggestingAsync("Veiligheidsregio Proef", ["GM0344", "GM0355"], ["GHOR"]);
        var ggdRows = await ListAsync(new TaskSuggestionFilter(ArrangementId: ggd.Id));
        var both = await ListAsync(new TaskSuggestionFilter(TaskId: await TaskIdAsync("GHOR")));

        var refused = await Commands.ConfirmTasksAsync(both.All, await Database.EditorAsync(), CancellationToken.None);
        var result = await Commands.ConfirmTasksAsync(ggdRows.All, await Database.EditorAsync(), CancellationToken.None);

        Assert.Contains(ggdRows.Rows, r => r.TaskName == "GHOR" && r.AlsoSuggestedIn.SequenceEqual(["Veiligheidsregio Proef"]));
        Assert.Equal((0, 4), (refused.Done, refused.Refused.Count));
        Assert.Contains("GHOR voor Utrecht: ook voorgesteld in een andere regeling in deze selectie, kies er één", refused.Message(true), StringComparison.Ordinal);
        Assert.Equal((4, 2), (result.Done, result.CompetitorsRejected));
        Assert.Contains("2 concurrerende voorstellen voor dezelfde taak en gemeente in een andere regeling afgewezen", result.Message(true), StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.TaskPlacements.AnyAsync(p => p.ArrangementId == region.Id));
        var ghor = await TaskIdAsync("GHOR");
        Assert.All(await db.Memberships.Where(m => m.ArrangementId == region.Id).ToListAsync(), m => Assert.Equal([ghor], m.RejectedTaskIds));
    }

    [Fact]
    public async Task Refuses_a_review_of_suggestions_somebody_else_decided_since_with_a_dutch_message_and_saves_nothing()
    {
        var ggd = await AddSuggestingAsync("GGD Proef", ["GM0344", "GM0355", "GM0310"], ["Publieke gezondheidszorg"]);
        var seen = await ListAsync(new TaskSuggestionFilter(ArrangementId: ggd.Id));

        var other = await Commands.RejectTasksAsync([seen.All[0]], await Database.EditorAsync("tweede@gemeente.example"), CancellationToken.None);
        var stale = await Commands.ConfirmTasksAsync(seen.All, await Database.EditorAsync(), CancellationToken.None);
        var staleReject = await Commands.RejectTasksAsync(seen.All.Skip(1).Select(k => k with { Version = k.Version + 1 }).ToList(), await Database.EditorAsync(), CancellationToken.None);

        Assert.True(other.Succeeded);
        Assert.Equal(TaskReviewProblem.Stale, stale.Problem);
        Assert.Equal(TaskReviewProblem.Stale, staleReject.Problem);
        Assert.StartsWith("Niets opgeslagen: iemand anders heeft een of meer van deze voorstellen intussen beoordeeld", stale.Message(true), StringComparison.Ordinal);
        var now = await ListAsync(new TaskSuggestionFilter(ArrangementId: ggd.Id));
        Assert.Equal(seen.All.Skip(1), now.All);
        Assert.Equal(2, (await Commands.ConfirmTasksAsync(now.All, await Database.EditorAsync(), CancellationToken.None)).Done);
    }

    [Fact]
    public async Task The_service_refuses_a_review_by_anyone_without_the_role_of_redacteur_or_beheerder()
    {
        var ggd = await AddSuggestingAsync("GGD Proef", ["GM0344", "GM0355"], ["Publieke gezondheidszorg"]);
        var seen = await ListAsync(new TaskSuggestionFilter(ArrangementId: ggd.Id));
        // The last only claims the role: the database holds no such redacteur.
        ClaimsPrincipal[] outsiders = [Users.Anonymous, Users.WithRole("lezer@gemeente.example", null), Users.WithRole("iemand@gemeente.example", "lezer"),
            Users.WithRole("redacteur@gemeente.example", Roles.Redacteur)];

        foreach (var user in outsiders)
        {
            Assert.Equal(TaskReviewProblem.Forbidden, (await Commands.ConfirmTasksAsync(seen.All, user, CancellationToken.None)).Problem);
            Assert.Equal(TaskReviewProblem.Forbidden, (await Commands.RejectTasksAsync(seen.All, user, CancellationToken.None)).Problem);
        }

        Assert.Equal(seen.All, (await ListAsync(new TaskSuggestionFilter(ArrangementId: ggd.Id))).All);
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);
        var beheerder = await Database.SignedInAsync("beheerder@gemeente.example");
        Assert.Equal(2, (await Commands.RejectTasksAsync(seen.All, beheerder, CancellationToken.None)).Done);
    }

    [Fact]
    public async Task Refuses_the_same_task_placed_twice_for_one_municipality_at_the_same_time_in_the_form_and_in_the_database()
    {
        var arrangements = Database.GetService<ArrangementCommands>();
        var first = await Database.AddArrangementAsync("Leerplicht Proef", ["GM0344"], tasks: ["Leerplicht"],
            joinDate: new DateOnly(2020, 1, 1), leaveDate: new DateOnly(2025, 1, 1));
        await AddSuggestingAsync("GGD Proef", ["GM0344"], ["Publieke gezondheidszorg"]);
        var second = await Database.AddArrangementAsync("Tweede regeling", ["GM0344"]);
        var leerplicht = await TaskIdAsync("LEERPLICHT");
        var pg = await TaskIdAsync("PG");

        var form = (await arrangements.LoadAsync(second.Id, CancellationToken.None))!;
        form.Placements.Add(new PlacementForm { MunicipalityCode = "GM0344", TaskId = leerplicht, StartDate = new DateTime(2024, 6, 1) });
        form.Placements.Add(new PlacementForm { MunicipalityCode = "GM0344", TaskId = pg });
        var refused = await arrangements.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Invalid, refused.Problem);
        Assert.Equal(["Utrecht heeft deze taak in die periode al belegd in Leerplicht Proef. Een taak ligt per gemeente op één plek tegelijk: beëindig eerst die plaatsing, of laat deze later beginnen."],
            refused.Errors["Placements[0].MunicipalityCode"]);
        Assert.StartsWith("Voor Utrecht staat deze taak in die periode als voorstel in GGD Proef.", refused.Errors["Placements[1].MunicipalityCode"][0], StringComparison.Ordinal);

        // Periods end on the first day they no longer apply (decision 0004): starting on that day is no overlap.
        form.Placements[0].StartDate = new DateTime(2025, 1, 1);
        form.Placements.RemoveAt(1);
        Assert.True((await arrangements.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Succeeded);

        await using var db = Database.CreateContext();
        var utrecht = await db.Municipalities.Where(m => m.Code == "GM0344").Select(m => m.Id).SingleAsync();
        db.TaskPlacements.Add(new TaskPlacement { MunicipalityId = utrecht, MunicipalTaskId = leerplicht, StartDate = new DateOnly(2024, 1, 1), EndDate = new DateOnly(2024, 2, 1) });
        var twice = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.TaskPlacements.Add(new TaskPlacement { MunicipalityId = utrecht, MunicipalTaskId = pg, ArrangementId = first.Id, StartDate = new DateOnly(2020, 1, 1) });
        var besideSuggestion = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("ex_task_placements_confirmed_period", ((PostgresException)twice.InnerException!).ConstraintName);
        Assert.StartsWith("Een gemeente heeft dezelfde taak in dezelfde periode al elders belegd", ConstraintMessages.For(twice), StringComparison.Ordinal);
        Assert.Equal("ex_task_placements_suggestion_period", ((PostgresException)besideSuggestion.InnerException!).ConstraintName);
    }

    private async Task<int> TaskIdAsync(string code)
    {
        await using var db = Database.CreateContext();
        return await db.MunicipalTasks.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
    }
}
