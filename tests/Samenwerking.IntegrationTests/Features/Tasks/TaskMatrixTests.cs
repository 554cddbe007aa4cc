using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.IntegrationTests.Features.Tasks;

/// <summary>A municipality's task matrix, on its page and in the council's overview: every task, placed, kept or unknown.</summary>
public sealed class TaskMatrixTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Lists_every_catalog_task_with_arrangement_and_partners_kept_or_unknown()
    {
        await Database.AddArrangementAsync("Jeugdhulp Zuidoost Utrecht Test", ["GM0355", "GM0312", "GM0321"], LegalForm.Centrumregeling, tasks: ["Inkoop jeugdhulp"]);
        await using (var db = Database.CreateContext())
        {
            var houten = await db.TaskPlacements.SingleAsync(p => p.Arrangement!.Name == "Jeugdhulp Zuidoost Utrecht Test" && p.Municipality!.Code == "GM0321");
            houten.EndDate = new DateOnly(2020, 1, 1);
            houten.StartDate = new DateOnly(2015, 1, 1);
            var zeist = await db.TaskPlacements.SingleAsync(p => p.Arrangement!.Name == "Jeugdhulp Zuidoost Utrecht Test" && p.Municipality!.Code == "GM0355");
            zeist.IsSuggestion = true;
            zeist.SuggestionReason = "titel: “jeugdhulp”";
            db.TaskPlacements.Add(new TaskPlacement { MunicipalityId = zeist.MunicipalityId, MunicipalTaskId = await db.MunicipalTasks.Where(t => t.Code == "ARCHIEF").Select(t => t.Id).SingleAsync() });
            await db.SaveChangesAsync();
        }

        var detail = (await Database.GetService<MunicipalityQueries>().DetailAsync("GM0355", Today, CancellationToken.None))!;
        var overview = (await Database.GetService<OverviewQueries>().OverviewAsync("GM0355", Today, CancellationToken.None))!;

        await using var check = Database.CreateContext();
        Assert.Equal(await check.MunicipalTasks.CountAsync(), detail.Tasks.Rows.Count);
        Assert.Equal(detail.Tasks, overview.Tasks, new MatrixComparer());
        var rows = detail.Tasks.Rows.ToDictionary(r => r.Task.Code!);
        var youth = Assert.Single(rows["JEUGDHULP"].Placements);
        Assert.Equal(("Jeugdhulp Zuidoost Utrecht Test", true), (youth.ArrangementName, youth.IsSuggestion));
        // Houten left before today: no partner any more.
        Assert.Equal(["Bunnik"], youth.Partners.Select(p => p.Name));
        Assert.Equal(PlacementStatus.InArrangement, rows["BRANDWEER"].Status);
        Assert.Equal(25, Assert.Single(rows["BRANDWEER"].Placements).Partners.Count);
        Assert.Equal(PlacementStatus.KeptThemselves, rows["ARCHIEF"].Status);
        Assert.Equal(["Archiefbeheer"], detail.OwnTasks);
        Assert.Equal(PlacementStatus.NothingRegistered, rows["AFVAL"].Status);
        Assert.Equal(1, detail.Tasks.OnlySuggested);
        Assert.Equal(detail.Tasks.Rows.Count, detail.Tasks.Count(PlacementStatus.InArrangement) + detail.Tasks.Count(PlacementStatus.KeptThemselves)
            + detail.Tasks.Count(PlacementStatus.NothingRegistered));
    }

    [Fact]
    public async Task Lists_every_placement_of_a_task_placed_in_more_than_one_arrangement()
    {
        // The register suggests three arrangements for Utrecht's task (suggestions may overlap; a confirmed placement may
        // not), inserted in another order than their names'.
        var a = await Database.AddArrangementAsync("Leerplicht A-regio", ["GM0344", "GM0310"]);
        var c = await Database.AddArrangementAsync("Leerplicht C-regio", ["GM0344"]);
        var b = await Database.AddArrangementAsync("Leerplicht B-regio", ["GM0344", "GM0355"]);
        await using (var db = Database.CreateContext())
        {
            var task = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync();
            int Id(string code) => db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).Single();
            TaskPlacement Suggested(int arrangementId) => new()
            {
                ArrangementId = arrangementId, MunicipalityId = Id("GM0344"), MunicipalTaskId = task, IsSuggestion = true, SuggestionReason = "titel: “leerplicht”",
            };
            db.TaskPlacements.AddRange(
                Suggested(c.Id),
                Suggested(b.Id),
                Suggested(a.Id),
                new TaskPlacement { ArrangementId = a.Id, MunicipalityId = Id("GM0310"), MunicipalTaskId = task },
                new TaskPlacement { ArrangementId = b.Id, MunicipalityId = Id("GM0355"), MunicipalTaskId = task });
            await db.SaveChangesAsync();
        }

        var detail = (await Database.GetService<MunicipalityQueries>().DetailAsync("GM0344", Today, CancellationToken.None))!;

        var row = Assert.Single(detail.Tasks.Rows, r => r.Task.Name == "Leerplicht");
        Assert.Equal(["Leerplicht A-regio", "Leerplicht B-regio", "Leerplicht C-regio"], row.Placements.Select(p => p.ArrangementName));
        Assert.All(row.Placements, p => Assert.True(p.IsSuggestion));
        Assert.Equal([["De Bilt"], ["Zeist"], []], row.Placements.Select(p => p.Partners.Select(m => m.Name).ToArray()));
        Assert.All([a, b, c], arrangement => Assert.Equal(["Leerplicht (voorgesteld)"], detail.Arrangements.Single(x => x.Id == arrangement.Id).Tasks));
    }

    [Fact]
    public async Task Shows_the_matrix_with_its_gaps_on_the_municipality_page_and_in_the_overview()
    {
        using var client = Database.App.CreateClient();

        var page = await client.GetStringAsync(new Uri("/gemeenten/GM0355", UriKind.Relative));
        var overview = await client.GetStringAsync(new Uri("/gemeenten/GM0355/overzicht", UriKind.Relative));

        foreach (var html in new[] { page, overview })
        {
            Assert.Contains("Alle taken uit de catalogus en waar Zeist ze op", html, StringComparison.Ordinal);
            Assert.Contains("Onbekend: niets geregistreerd", html, StringComparison.Ordinal);
            Assert.Contains("<tr class=\"task-gap\">", html, StringComparison.Ordinal);
            Assert.Contains("25 gemeenten: Amersfoort, Baarn", html, StringComparison.Ordinal);
        }
    }

    private sealed class MatrixComparer : IEqualityComparer<TaskMatrix>
    {
        public bool Equals(TaskMatrix? x, TaskMatrix? y) =>
            x is not null && y is not null && x.Rows.Count == y.Rows.Count
            && x.Rows.Zip(y.Rows).All(p => p.First.Task == p.Second.Task && p.First.Placements.Count == p.Second.Placements.Count);

        public int GetHashCode(TaskMatrix obj) => obj.Rows.Count;
    }
}
