using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.IntegrationTests.Features.Congruence;

/// <summary>Congruence on small known data: a municipality's partners and fields, and a region's matrix.</summary>
public sealed class CongruenceTests(RegisterDatabase database) : RegisterTest(database)
{
    private CongruenceQueries Queries => Database.GetService<CongruenceQueries>();

    [Fact]
    public async Task Scores_the_overlap_of_partners_per_theme_of_the_social_domain()
    {
        // Zeist (GM0355) buys youth care with Bunnik and De Bilt, runs Veilig Thuis with Bunnik and Utrecht: {GM0312, GM0310} ~ {GM0312, GM0344} = 1/3.
        await Database.AddArrangementAsync("Jeugdhulpregio Test", ["GM0355", "GM0312", "GM0310"], tasks: ["Inkoop jeugdhulp"]);
        await Database.AddArrangementAsync("Veilig Thuis Test", ["GM0355", "GM0312", "GM0344"], tasks: ["Veilig Thuis"]);
        await Database.AddArrangementAsync("Werkbedrijf Test", ["GM0355", "GM0312", "GM0310"], tasks: ["Re-integratie en arbeidsparticipatie"]);

        var congruence = (await Queries.ForMunicipalityAsync("GM0355", Today, CancellationToken.None))!;

        var youth = congruence.Fields.Single(f => f.Title == "Sociaal domein: jeugd");
        Assert.Equal(["Jeugdhulpregio Test", "Veilig Thuis Test"], youth.Arrangements.Select(a => a.Name));
        Assert.Equal(1.0 / 3, youth.Score!.Value, 10);
        Assert.Equal(["Bunnik"], youth.CorePartners);
        Assert.Equal("Weinig congruent: per verband vaak andere partners.", youth.Explanation);
        var work = congruence.Fields.Single(f => f.Title == "Sociaal domein: werk en inkomen");
        Assert.Null(work.Score);
    }

    [Fact]
    public async Task Ranks_partners_by_the_number_of_arrangements_they_share()
    {
        var before = (await Queries.ForMunicipalityAsync("GM0355", Today, CancellationToken.None))!.Partners.ToDictionary(p => p.Code, p => p.Shared);
        await Database.AddArrangementAsync("Samen A", ["GM0355", "GM0312", "GM0310"]);
        await Database.AddArrangementAsync("Samen B", ["GM0355", "GM0312"]);
        await Database.AddArrangementAsync("Samen C", ["GM0355", "GM0312"]);
        await Database.AddArrangementAsync("Zonder Zeist", ["GM0312", "GM0310"]);

        var congruence = (await Queries.ForMunicipalityAsync("GM0355", Today, CancellationToken.None))!;

        Assert.Equal(before["GM0312"] + 3, congruence.Partners.Single(p => p.Code == "GM0312").Shared);
        Assert.Equal(before["GM0310"] + 1, congruence.Partners.Single(p => p.Code == "GM0310").Shared);
        Assert.Equal(before["GM0344"], congruence.Partners.Single(p => p.Code == "GM0344").Shared);
        Assert.Equal(congruence.Partners.OrderByDescending(p => p.Shared).Select(p => p.Shared), congruence.Partners.Select(p => p.Shared));
    }

    [Fact]
    public async Task Shows_where_a_region_goes_separate_ways()
    {
        await using var db = Database.CreateContext();
        var region = await db.Arrangements.Where(a => a.Name == "Veiligheidsregio Zeeland").Select(a => a.Id).SingleAsync();
        await Database.AddArrangementAsync("Walcheren Test", ["GM0687", "GM0718", "GM0654"]);

        var matrix = (await Queries.RegionAsync($"{region}", Today, CancellationToken.None))!;

        Assert.Equal(13, matrix.Members.Count);
        var walcheren = Assert.Single(matrix.Arrangements, a => a.Name == "Walcheren Test");
        Assert.Equal(
            matrix.Members.Where(m => m.Code is "GM0687" or "GM0718" or "GM0654").Select(m => m.Id).Order(),
            walcheren.MemberIds.Order());
        Assert.DoesNotContain(matrix.Arrangements, a => a.Id == region);
    }

    [Fact]
    public async Task Takes_a_province_as_a_region()
    {
        await Database.AddArrangementAsync("Walcheren Test", ["GM0687", "GM0718", "GM0654"]);

        var matrix = (await Queries.RegionAsync("pv29", Today, CancellationToken.None))!;

        Assert.Equal("Provincie Zeeland", matrix.Name);
        Assert.Equal(13, matrix.Members.Count);
        Assert.Contains(matrix.Arrangements, a => a.Name == "Veiligheidsregio Zeeland" && a.MemberIds.Count == 13);
        Assert.Contains(matrix.Arrangements, a => a.Name == "Walcheren Test" && a.MemberIds.Count == 3);
        Assert.Null(await Queries.RegionAsync("PV99", Today, CancellationToken.None));
        Assert.Null(await Queries.RegionAsync("2147483647", Today, CancellationToken.None));
    }

    [Fact]
    public async Task Renders_the_congruence_and_region_pages()
    {
        await using var db = Database.CreateContext();
        var region = await db.Arrangements.Where(a => a.Name == "Veiligheidsregio Zeeland").Select(a => a.Id).SingleAsync();
        using var client = Database.App.CreateClient();

        var municipality = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/gemeenten/GM0355/congruentie", UriKind.Relative)));
        var matrix = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/congruentie?regio={region}", UriKind.Relative)));

        Assert.Contains("Met wie werkt Zeist samen?", municipality, StringComparison.Ordinal);
        Assert.Contains("Partnergemeenten", municipality, StringComparison.Ordinal);
        Assert.Contains("Vlissingen", matrix, StringComparison.Ordinal);
        Assert.Contains("13 gemeenten", matrix, StringComparison.Ordinal);
    }
}
