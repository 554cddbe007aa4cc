using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.IntegrationTests.Features.Arrangements;

public sealed class ArrangementQueriesTests(RegisterDatabase database) : RegisterTest(database)
{
    private const int SeededArrangements = 25 + 13;

    private ArrangementQueries Queries => Database.GetService<ArrangementQueries>();

    private Task<ArrangementListResult> ListAsync(ArrangementFilter filter) => Queries.ListAsync(filter, Today, CancellationToken.None);

    [Fact]
    public async Task Pages_through_all_arrangements_without_skipping_or_repeating()
    {
        var first = await ListAsync(new ArrangementFilter { PageSize = 20 });
        var second = await ListAsync(new ArrangementFilter { PageSize = 20, Page = 2 });

        Assert.Equal(SeededArrangements, first.TotalCount);
        Assert.Equal(20, first.Items.Count);
        Assert.Equal(SeededArrangements - 20, second.Items.Count);
        Assert.Equal(SeededArrangements, first.Items.Concat(second.Items).Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Sorts_on_the_number_of_participants_both_ways()
    {
        var ascending = await ListAsync(new ArrangementFilter { Sort = ArrangementSort.Deelnemers, PageSize = 100 });
        var descending = await ListAsync(new ArrangementFilter { Sort = ArrangementSort.Deelnemers, Descending = true, PageSize = 100 });

        Assert.Equal(ascending.Items.Select(a => a.ParticipantCount).Order(), ascending.Items.Select(a => a.ParticipantCount));
        Assert.Equal("Veiligheidsregio Utrecht", descending.Items[0].Name);
        Assert.Equal(26, descending.Items[0].ParticipantCount);
    }

    [Fact]
    public async Task Sorts_goal_levels_from_strategic_to_operational()
    {
        var sorted = await ListAsync(new ArrangementFilter { Sort = ArrangementSort.Doel, PageSize = 100 });

        var levels = sorted.Items.Select(a => a.GoalLevel).ToList();
        Assert.Equal(levels.OrderBy(l => (int)l), levels);
        Assert.Equal(GoalLevel.Strategisch, levels[0]);
        Assert.Equal(GoalLevel.Operationeel, levels[^1]);
    }

    [Fact]
    public async Task Filters_on_legal_form_and_goal_level()
    {
        var stichtingen = await ListAsync(new ArrangementFilter { LegalForm = LegalForm.Stichting });
        var strategic = await ListAsync(new ArrangementFilter { GoalLevel = GoalLevel.Strategisch });

        Assert.Equal("Voorbeeld: Stichting Regionaal Archief Zuid-Limburg", Assert.Single(stichtingen.Items).Name);
        Assert.Equal(3, strategic.TotalCount);
        Assert.All(strategic.Items, a => Assert.Equal(GoalLevel.Strategisch, a.GoalLevel));
    }

    [Fact]
    public async Task Filters_on_policy_area_province_and_participating_municipality()
    {
        var safety = await ListAsync(new ArrangementFilter { PolicyAreaCode = "1", PageSize = 100 });
        var zeeland = await ListAsync(new ArrangementFilter { ProvinceCode = "PV29" });
        var utrecht = await ListAsync(new ArrangementFilter { MunicipalityCode = "GM0344" });

        Assert.Equal(25, safety.TotalCount);
        Assert.Equal(["Veiligheidsregio Zeeland", "Voorbeeld: Vereniging Gemeenten Zeeuwse Kust"], zeeland.Items.Select(a => a.Name));
        Assert.Equal(["Veiligheidsregio Utrecht", "Voorbeeld: Regio Utrecht Oost"], utrecht.Items.Select(a => a.Name));
    }

    [Fact]
    public async Task Combines_filters_and_searches_in_name_and_short_name()
    {
        await Database.AddArrangementAsync("GGD Regio Utrecht", ["GM0344", "GM0355"], policyAreaCode: "7");

        var byName = await ListAsync(new ArrangementFilter { Search = "ggd", MunicipalityCode = "GM0355" });
        var byShortName = await ListAsync(new ArrangementFilter { Search = "VR Zeeland" });
        var none = await ListAsync(new ArrangementFilter { Search = "ggd", MunicipalityCode = "GM0014" });

        Assert.Equal("GGD Regio Utrecht", Assert.Single(byName.Items).Name);
        Assert.Equal("Veiligheidsregio Zeeland", Assert.Single(byShortName.Items).Name);
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task Leaves_out_arrangements_that_have_ended_and_former_participants()
    {
        await Database.AddArrangementAsync("Verleden regeling", ["GM0344"], joinDate: new DateOnly(2000, 1, 1), leaveDate: new DateOnly(2010, 1, 1));
        await using (var db = Database.CreateContext())
        {
            db.Arrangements.Add(new Arrangement { Name = "Opgeheven regeling", StartDate = new DateOnly(2000, 1, 1), EndDate = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        }

        var all = await ListAsync(new ArrangementFilter { PageSize = 100 });
        var utrecht = await ListAsync(new ArrangementFilter { MunicipalityCode = "GM0344" });

        Assert.DoesNotContain(all.Items, a => a.Name == "Opgeheven regeling");
        Assert.Equal(0, Assert.Single(all.Items, a => a.Name == "Verleden regeling").ParticipantCount);
        Assert.DoesNotContain(utrecht.Items, a => a.Name == "Verleden regeling");
    }

    [Fact]
    public async Task Offers_the_filter_options()
    {
        var result = await ListAsync(new ArrangementFilter());

        Assert.Equal(9, result.Options.PolicyAreas.Count);
        Assert.Equal(12, result.Options.Provinces.Count);
        Assert.Equal(342, result.Options.Municipalities.Count);
    }

    [Fact]
    public async Task Shows_an_arrangement_with_participants_over_time_tasks_and_legal_basis()
    {
        var arrangement = await Database.AddArrangementAsync(
            "Centrumregeling Leerplicht", ["GM0344", "GM0355"], LegalForm.Centrumregeling, tasks: ["Leerplicht"],
            joinDate: new DateOnly(2020, 1, 1));

        var detail = await Queries.DetailAsync(arrangement.Id, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal(LegalForm.Centrumregeling, detail.LegalForm);
        Assert.Equal(BbvGroup.GemeenschappelijkeRegelingen, detail.BbvGroup);
        Assert.Equal("GM0344", detail.CentralMunicipalityCode);
        Assert.Equal(["Utrecht", "Zeist"], detail.Participants.Select(p => p.Name));
        Assert.All(detail.Participants, p => Assert.Equal(new DateOnly(2020, 1, 1), p.JoinDate));
        Assert.Equal(["Utrecht", "Zeist"], detail.Placements.Where(p => p.Task == "Leerplicht").Select(p => p.MunicipalityName));
    }

    [Fact]
    public async Task Shows_the_legal_basis_and_powers_of_a_veiligheidsregio()
    {
        var id = (await ListAsync(new ArrangementFilter { Search = "Veiligheidsregio Utrecht" })).Items.Single().Id;

        var detail = await Queries.DetailAsync(id, CancellationToken.None);

        Assert.Equal("https://wetten.overheid.nl/BWBR0027466", Assert.Single(detail!.Links).Url);
        Assert.Equal(PowerAcquisition.Attributie, Assert.Single(detail.Powers).Acquisition);
        Assert.Equal(["Veiligheid"], detail.PolicyAreas);
        Assert.Equal(26, detail.Participants.Count);
    }

    [Fact]
    public async Task Lists_organisations_after_municipalities()
    {
        var id = (await ListAsync(new ArrangementFilter { Search = "Regio Utrecht Oost" })).Items.Single().Id;

        var detail = await Queries.DetailAsync(id, CancellationToken.None);

        Assert.Equal("Provincie Utrecht", detail!.Participants[^1].Name);
        Assert.Null(detail.Participants[^1].MunicipalityCode);
    }

    [Fact]
    public async Task Returns_nothing_for_an_unknown_id() => Assert.Null(await Queries.DetailAsync(int.MaxValue, CancellationToken.None));
}
