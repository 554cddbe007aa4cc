using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Municipalities;

namespace Samenwerking.IntegrationTests.Features.Municipalities;

public sealed class MunicipalityQueriesTests(RegisterDatabase database) : RegisterTest(database)
{
    private MunicipalityQueries Queries => Database.GetService<MunicipalityQueries>();

    [Fact]
    public async Task Lists_the_municipalities_by_name_with_the_number_of_arrangements()
    {
        var all = await Queries.ListAsync(null, null, Today, CancellationToken.None);

        Assert.Equal(342, all.Count);
        Assert.Equal(all.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Code), all.Select(m => m.Code));
        var utrecht = Assert.Single(all, m => m.Code == "GM0344");
        Assert.Equal(("Utrecht", "Utrecht", 2), (utrecht.Name, utrecht.Province, utrecht.ArrangementCount));
    }

    [Theory]
    [InlineData("utrecht", "GM0344")]
    [InlineData("GM0344", "GM0344")]
    [InlineData("344", "GM0344")]
    [InlineData("súdwest", "GM1900")]
    public async Task Finds_a_municipality_by_part_of_its_name_or_by_its_code(string search, string code)
    {
        var found = await Queries.ListAsync(search, null, Today, CancellationToken.None);

        Assert.Contains(found, m => m.Code == code);
    }

    [Fact]
    public async Task Treats_percent_and_underscore_in_a_search_as_plain_characters()
    {
        Assert.Empty(await Queries.ListAsync("%", null, Today, CancellationToken.None));
        Assert.Empty(await Queries.ListAsync("_", null, Today, CancellationToken.None));
    }

    [Fact]
    public async Task Filters_on_a_province()
    {
        var found = await Queries.ListAsync(null, "PV29", Today, CancellationToken.None);

        Assert.Equal(13, found.Count);
        Assert.All(found, m => Assert.Equal("Zeeland", m.Province));
    }

    [Fact]
    public async Task Shows_a_municipalitys_arrangements_with_partners_and_the_tasks_it_placed_there()
    {
        var detail = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);

        Assert.NotNull(detail);
        var region = Assert.Single(detail.Arrangements, a => a.Name == "Veiligheidsregio Utrecht");
        Assert.Equal(GoalLevel.Tactisch, region.GoalLevel);
        Assert.Equal(LegalForm.OpenbaarLichaam, region.LegalForm);
        Assert.Equal(25, region.PartnerCount);
        Assert.Equal(["Brandweerzorg", "Crisisbeheersing en rampenbestrijding"], region.Tasks);
    }

    [Fact]
    public async Task Counts_for_the_map_how_many_of_its_arrangements_each_other_municipality_shares()
    {
        var before = (await Queries.DetailAsync("GM0344", Today, CancellationToken.None))!.SharedWith;
        await Database.AddArrangementAsync("Samen A", ["GM0344", "GM0355", "GM0310"]);
        await Database.AddArrangementAsync("Samen B", ["GM0344", "GM0355"]);
        await Database.AddArrangementAsync("Zonder Utrecht", ["GM0355", "GM0310"]);

        var after = (await Queries.DetailAsync("GM0344", Today, CancellationToken.None))!.SharedWith;

        Assert.Equal(before.GetValueOrDefault("GM0355") + 2, after["GM0355"]);
        Assert.Equal(before.GetValueOrDefault("GM0310") + 1, after["GM0310"]);
        Assert.DoesNotContain("GM0344", after.Keys);
        Assert.Equal(before.Keys.Union(["GM0355", "GM0310"]).Order(), after.Keys.Order());
    }

    [Fact]
    public async Task Shows_only_the_tasks_this_municipality_placed_in_a_modular_arrangement()
    {
        var arrangement = await Database.AddArrangementAsync("Modulaire regeling", ["GM0344", "GM0355"], tasks: ["Leerplicht"]);
        await using (var db = Database.CreateContext())
        {
            db.TaskPlacements.Add(new TaskPlacement
            {
                ArrangementId = arrangement.Id,
                MunicipalityId = db.Municipalities.Single(m => m.Code == "GM0355").Id,
                MunicipalTaskId = db.MunicipalTasks.Single(t => t.Name == "Inkoop jeugdhulp").Id,
            });
            await db.SaveChangesAsync();
        }

        var utrecht = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);
        var zeist = await Queries.DetailAsync("GM0355", Today, CancellationToken.None);

        Assert.Equal(["Leerplicht"], Assert.Single(utrecht!.Arrangements, a => a.Id == arrangement.Id).Tasks);
        Assert.Equal(["Inkoop jeugdhulp", "Leerplicht"], Assert.Single(zeist!.Arrangements, a => a.Id == arrangement.Id).Tasks);
    }

    [Fact]
    public async Task Lists_the_tasks_placed_in_an_arrangement_by_name_and_marks_a_suggestion()
    {
        var arrangement = await Database.AddArrangementAsync("Regionale samenwerking", ["GM0344", "GM0355"],
            tasks: ["Leerplicht", "Inkoop jeugdhulp", "GHOR", "Gemeenschappelijke rekenkamer"]);
        await using (var db = Database.CreateContext())
        {
            var suggested = await db.TaskPlacements.SingleAsync(p => p.ArrangementId == arrangement.Id
                && p.Municipality!.Code == "GM0344" && p.MunicipalTask!.Name == "Inkoop jeugdhulp");
            suggested.IsSuggestion = true;
            suggested.SuggestionReason = "De regeling noemt jeugdhulp.";
            await db.SaveChangesAsync();
        }

        var utrecht = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);
        var zeist = await Queries.DetailAsync("GM0355", Today, CancellationToken.None);

        // In alphabetical order, not the code points of the app's own PostgreSQL (which put "GHOR" first).
        Assert.Equal(["Gemeenschappelijke rekenkamer", "GHOR", "Inkoop jeugdhulp (voorgesteld)", "Leerplicht"],
            Assert.Single(utrecht!.Arrangements, a => a.Id == arrangement.Id).Tasks);
        Assert.Equal(["Gemeenschappelijke rekenkamer", "GHOR", "Inkoop jeugdhulp", "Leerplicht"],
            Assert.Single(zeist!.Arrangements, a => a.Id == arrangement.Id).Tasks);
    }

    [Fact]
    public async Task A_membership_that_ended_last_year_is_in_last_years_overview_but_not_in_todays()
    {
        var lastYear = Today.AddYears(-1);
        await Database.AddArrangementAsync("Beëindigde deelname", ["GM0344", "GM0355"],
            joinDate: lastYear.AddYears(-5), leaveDate: Today.AddMonths(-6));

        var today = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);
        var then = await Queries.DetailAsync("GM0344", lastYear, CancellationToken.None);

        Assert.DoesNotContain(today!.Arrangements, a => a.Name == "Beëindigde deelname");
        Assert.Equal(1, Assert.Single(then!.Arrangements, a => a.Name == "Beëindigde deelname").PartnerCount);
    }

    [Fact]
    public async Task Counts_a_membership_a_partner_and_a_task_from_their_first_day_and_no_longer_on_their_last()
    {
        // The page's compiled queries write the periods out (Membership.InForceOn and ActiveOn; the tasks come from the
        // task matrix's copy of TaskPlacement.ActiveOn): every edge of each, on the day itself and the day before.
        var shared = (await Queries.DetailAsync("GM0344", Today, CancellationToken.None))!.SharedWith;
        var joined = await Database.AddArrangementAsync("Begint vandaag", ["GM0344", "GM0355", "GM0310", "GM0321"], tasks: ["Leerplicht", "Inkoop jeugdhulp"]);
        var left = await Database.AddArrangementAsync("Eindigt vandaag", ["GM0344", "GM0355"]);
        var notYet = await Database.AddArrangementAsync("Regeling vanaf morgen", ["GM0344", "GM0355"]);
        var started = await Database.AddArrangementAsync("Regeling vanaf vandaag", ["GM0344", "GM0355"]);
        var ended = await Database.AddArrangementAsync("Regeling tot vandaag", ["GM0344", "GM0355"]);
        await using (var db = Database.CreateContext())
        {
            var memberships = await db.Memberships.Include(m => m.Municipality)
                .Where(m => new[] { joined.Id, left.Id }.Contains(m.ArrangementId)).ToListAsync();
            memberships.Single(m => m.ArrangementId == joined.Id && m.Municipality!.Code == "GM0344").JoinDate = Today;
            memberships.Single(m => m.ArrangementId == joined.Id && m.Municipality!.Code == "GM0355").JoinDate = Today;
            memberships.Single(m => m.ArrangementId == joined.Id && m.Municipality!.Code == "GM0310").LeaveDate = Today;
            memberships.Single(m => m.ArrangementId == left.Id && m.Municipality!.Code == "GM0344").LeaveDate = Today;
            var placements = await db.TaskPlacements.Include(p => p.Municipality).Include(p => p.MunicipalTask)
                .Where(p => p.ArrangementId == joined.Id && p.Municipality!.Code == "GM0344").ToListAsync();
            placements.Single(p => p.MunicipalTask!.Name == "Leerplicht").StartDate = Today;
            placements.Single(p => p.MunicipalTask!.Name == "Inkoop jeugdhulp").EndDate = Today;
            (await db.Arrangements.SingleAsync(a => a.Id == notYet.Id)).StartDate = Today.AddDays(1);
            (await db.Arrangements.SingleAsync(a => a.Id == started.Id)).StartDate = Today;
            (await db.Arrangements.SingleAsync(a => a.Id == ended.Id)).EndDate = Today;
            await db.SaveChangesAsync();
        }

        var today = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);
        var yesterday = await Queries.DetailAsync("GM0344", Today.AddDays(-1), CancellationToken.None);

        var arrangement = Assert.Single(today!.Arrangements, a => a.Id == joined.Id);
        Assert.Equal(2, arrangement.PartnerCount); // Zeist joins today, De Bilt leaves today, Houten stays
        Assert.Equal(["Leerplicht"], arrangement.Tasks);
        Assert.DoesNotContain(today.Arrangements, a => a.Id == left.Id || a.Id == notYet.Id || a.Id == ended.Id);
        Assert.Equal([left.Id, ended.Id], yesterday!.Arrangements.Where(a => a.Id == left.Id || a.Id == ended.Id).Select(a => a.Id).Order());
        Assert.DoesNotContain(yesterday.Arrangements, a => a.Id == joined.Id || a.Id == notYet.Id || a.Id == started.Id);
        Assert.Contains(today.Arrangements, a => a.Id == started.Id);

        // The map counts the arrangements shared today: Zeist the two that began today, Houten the one it was already in
        // (not the ended ones); De Bilt, which left it today, none of these.
        Assert.Equal(shared["GM0355"] + 2, today.SharedWith["GM0355"]);
        Assert.Equal(shared["GM0321"] + 1, today.SharedWith["GM0321"]);
        Assert.Equal(shared["GM0310"], today.SharedWith["GM0310"]);
    }

    [Fact]
    public async Task Lists_the_tasks_a_municipality_keeps_itself()
    {
        await using (var db = Database.CreateContext())
        {
            db.TaskPlacements.Add(new TaskPlacement
            {
                MunicipalityId = db.Municipalities.Single(m => m.Code == "GM0344").Id,
                MunicipalTaskId = db.MunicipalTasks.Single(t => t.Name == "Leerplicht").Id,
            });
            await db.SaveChangesAsync();
        }

        var detail = await Queries.DetailAsync("GM0344", Today, CancellationToken.None);

        Assert.Equal(["Leerplicht"], detail!.OwnTasks);
    }

    [Theory]
    [InlineData("GM9999")]
    [InlineData("onzin")]
    [InlineData("")]
    public async Task Returns_nothing_for_an_unknown_code(string code) =>
        Assert.Null(await Queries.DetailAsync(code, Today, CancellationToken.None));
}
