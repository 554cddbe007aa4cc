using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

/// <summary>The rules that turn what the export says into the register's facts: forms, bodies, addresses, versions.</summary>
public sealed class RooRulesTests
{
    private static RooRegeling Regeling(
        string id = "1",
        string title = "Gemeenschappelijke regeling Test",
        string? citation = null,
        string? purpose = null,
        string? previous = null,
        string? next = null,
        DateOnly? start = null,
        IReadOnlyList<RooLegalBasis>? bases = null,
        IReadOnlyList<string>? publications = null,
        IReadOnlyList<RooParticipant>? participants = null) =>
        new(id, 1, title, citation, "OL", [], [], [], purpose, null, null, null, publications ?? [], bases ?? [],
            start ?? new DateOnly(2024, 1, 1), null, previous, next, participants ?? [], []);

    [Theory]
    [InlineData("Centrumregeling Jeugdhulp Noordoost Brabant 2024")]
    [InlineData("Centrumgemeenteregeling samenwerking I&IT Hengelo")]
    [InlineData("Centrumgemeente regeling samenwerking Waadhoeke en Leeuwarden")]
    [InlineData("Gemeenschappelijke regeling Centrumregeling beschermd wonen")]
    public void Recognises_a_centrumregeling_in_every_spelling(string title) =>
        Assert.True(RooForms.IsCentrumregeling(Regeling(title: title)));

    [Theory]
    [InlineData("Regionaal Historisch Centrum Eindhoven")]
    [InlineData("Shared Service Centrum Ons Middelburg")]
    public void Does_not_take_a_centre_for_a_centrumregeling(string title) =>
        Assert.False(RooForms.IsCentrumregeling(Regeling(title: title)));

    [Fact]
    public void Recognises_a_BGTS_by_its_name_or_its_treaty()
    {
        Assert.Equal(LegalForm.Bgts, RooForms.CrossBorderForm(Regeling(title: "Benelux Groepering voor Territoriale Samenwerking Grenspark"), []));
        Assert.Equal(LegalForm.Bgts, RooForms.CrossBorderForm(
            Regeling(bases: [new RooLegalBasis("Benelux-Verdrag inzake grensoverschrijdende en interterritoriale samenwerking", null)]), []));
    }

    [Fact]
    public void Recognises_an_EGTS_by_the_EU_regulation()
    {
        var egts = Regeling(title: "Europese groepering voor territoriale samenwerking Test",
            bases: [new RooLegalBasis("Verordening (EG) nr. 1082/2006", null)]);

        Assert.Equal(LegalForm.Egts, RooForms.CrossBorderForm(egts, []));
    }

    [Fact]
    public void Recognises_another_cross_border_body_by_an_address_abroad_or_a_european_site()
    {
        Assert.Equal(LegalForm.GrensoverschrijdendOpenbaarLichaam,
            RooForms.CrossBorderForm(Regeling(), [new RooAddress("Bezoekadres", "Konrad-Zuse-Ring", "6", null, null, "41179", "Mönchengladbach", "Duitsland")]));
        Assert.Equal(LegalForm.GrensoverschrijdendOpenbaarLichaam,
            RooForms.CrossBorderForm(Regeling(publications: ["https://www.example.eu/statuten.pdf"]), []));
    }

    [Fact]
    public void Does_not_take_a_regional_body_with_a_cross_border_agenda_for_a_cross_border_body()
    {
        var stadsregio = Regeling(title: "Gemeenschappelijke regeling Stadsregio Parkstad",
            purpose: "Versterken van de regio, ook in grensoverschrijdende samenwerking met Duitsland.",
            bases: [new RooLegalBasis("Wet gemeenschappelijke regelingen", null)],
            participants: [new RooParticipant(null, "https://identifier.overheid.nl/tooi/id/gemeente/gm0917", "Gemeente Heerlen", null, null, [])]);

        Assert.Null(RooForms.CrossBorderForm(stadsregio, [new RooAddress("Bezoekadres", "Markt", "1", null, null, "6411 GV", "Heerlen", "Nederland")]));
    }

    [Theory]
    [InlineData("College van burgemeester en wethouders", GoverningBody.College)]
    [InlineData("Gemeenteraad", GoverningBody.Raad)]
    [InlineData("Burgemeester", GoverningBody.Burgemeester)]
    [InlineData("Gedeputeerde staten", GoverningBody.GedeputeerdeStaten)]
    [InlineData("College van Gedeputeerde Staten", GoverningBody.GedeputeerdeStaten)]
    [InlineData("College van dijkgraaf en heemraden", GoverningBody.DagelijksBestuur)]
    [InlineData("Provinciale staten", GoverningBody.ProvincialeStaten)]
    [InlineData("Commissaris van de koningin", GoverningBody.CommissarisVanDeKoning)]
    [InlineData("Commissaris van de koning", GoverningBody.CommissarisVanDeKoning)]
    [InlineData("Dagelijks bestuur", GoverningBody.DagelijksBestuur)]
    [InlineData("Algemeen bestuur", GoverningBody.AlgemeenBestuur)]
    [InlineData("Minister", GoverningBody.Minister)]
    [InlineData("Staatssecretaris", GoverningBody.Staatssecretaris)]
    public void Reads_every_body_name_the_register_uses(string name, GoverningBody body) => Assert.Equal(body, RooBodies.Parse(name));

    [Fact]
    public void Knows_no_body_it_was_not_told_of() => Assert.Null(RooBodies.Parse("Raad van Toezicht"));

    [Fact]
    public void Prefers_an_address_with_a_place_and_the_visiting_address_over_the_post_box()
    {
        var post = new RooAddress("Postadres", null, null, null, "6", "6920 AA", "Duiven", null);
        var visit = new RooAddress("Bezoekadres", "Dorpsplein", "1", null, null, "6931 CZ", "Westervoort", null);
        var empty = new RooAddress("Bezoekadres", null, null, null, null, null, null, null);
        var noPlace = new RooAddress("Vestigingsadres", "Markt", "2", null, null, "1234 AB", null, null);

        Assert.Equal(visit, RooAddress.Best([post, empty, noPlace, visit]));
        Assert.Equal("Dorpsplein 1, 6931 CZ Westervoort", visit.Text);
        Assert.Equal("Postbus 6, 6920 AA Duiven", post.Text);
        Assert.Equal(noPlace, RooAddress.Best([noPlace, empty]));
        Assert.Null(RooAddress.Best([empty]));
    }

    [Fact]
    public void Follows_a_version_chain_both_ways_oldest_first()
    {
        var first = Regeling(id: "1", next: "2", start: new DateOnly(2015, 1, 1));
        var second = Regeling(id: "2", previous: "1", next: "3", start: new DateOnly(2020, 1, 1));
        var third = Regeling(id: "3", previous: "2", start: new DateOnly(2024, 1, 1));
        var versions = new[] { first, second, third }.ToDictionary(v => v.SystemId);

        var chain = VersionChain.Of(third, versions);

        Assert.Equal(["1", "2", "3"], chain.Versions.Select(v => v.SystemId));
        Assert.Empty(chain.Problems);
        Assert.Equal(new DateOnly(2015, 1, 1), chain.FirstStart);
    }

    [Fact]
    public void Reports_a_missing_link_a_version_that_names_itself_and_a_loop()
    {
        var missing = VersionChain.Of(Regeling(id: "5", previous: "4"), new Dictionary<string, RooRegeling>());
        Assert.Equal(["5", "4"], missing.Ids);
        Assert.Contains("verwijst naar versie 4, die niet in het bestand staat", Assert.Single(missing.Problems), StringComparison.Ordinal);

        var self = Regeling(id: "7", next: "7");
        Assert.Contains("noemt zichzelf als opvolger", Assert.Single(VersionChain.Of(self, new Dictionary<string, RooRegeling> { ["7"] = self }).Problems), StringComparison.Ordinal);

        var a = Regeling(id: "8", next: "9", previous: "9");
        var b = Regeling(id: "9", next: "8", previous: "8");
        var loop = VersionChain.Of(a, new Dictionary<string, RooRegeling> { ["8"] = a, ["9"] = b });
        Assert.Equal(2, loop.Versions.Count);
        Assert.Contains(loop.Problems, p => p.Contains("in een kring", StringComparison.Ordinal));
    }
}
