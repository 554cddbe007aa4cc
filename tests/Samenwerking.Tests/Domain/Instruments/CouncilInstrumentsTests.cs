using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;

namespace Samenwerking.Tests.Domain.Instruments;

/// <summary>The council's instruments on every combination of this municipality's bodies and the regeling's legal form.</summary>
public sealed class CouncilInstrumentsTests
{
    private static readonly GoverningBody[] Raad = [GoverningBody.Raad];
    private static readonly GoverningBody[] College = [GoverningBody.College];
    private static readonly GoverningBody[] Burgemeester = [GoverningBody.Burgemeester];

    /// <summary>Every way a municipality can take part (none registered, each body, the mixes) against every legal form.</summary>
    public static TheoryData<GoverningBody[], LegalForm> EveryKindAndForm()
    {
        GoverningBody[][] kinds =
        [
            [], Raad, College, Burgemeester, [GoverningBody.Raad, GoverningBody.College],
            [GoverningBody.College, GoverningBody.Burgemeester], [GoverningBody.Raad, GoverningBody.College, GoverningBody.Burgemeester],
        ];
        var data = new TheoryData<GoverningBody[], LegalForm>();
        foreach (var bodies in kinds)
        {
            foreach (var form in Enum.GetValues<LegalForm>())
            {
                data.Add(bodies, form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindAndForm))]
    public void Names_an_article_and_a_reason_for_every_instrument_and_never_the_same_instrument_twice(GoverningBody[] bodies, LegalForm form)
    {
        var set = CouncilInstruments.For(form, bodies);

        Assert.False(string.IsNullOrWhiteSpace(set.Summary));
        Assert.All(set.Instruments, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.False(string.IsNullOrWhiteSpace(i.Why));
            Assert.Matches("(Wgr|Gemeentewet)", i.Article);
        });
        Assert.Equal(set.Instruments.Count, set.Instruments.Select(i => i.Kind).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(EveryKindAndForm))]
    public void Gives_wgr_instruments_only_for_a_gemeenschappelijke_regeling(GoverningBody[] bodies, LegalForm form)
    {
        var set = CouncilInstruments.For(form, bodies);

        Assert.Equal(form.IsGemeenschappelijkeRegeling(), set.AppliesWgr);
        Assert.Equal(form.IsGemeenschappelijkeRegeling(), set.Instruments.Count > 0);
    }

    [Theory]
    [MemberData(nameof(EveryKindAndForm))]
    public void Decides_entering_changing_and_leaving_by_who_takes_part(GoverningBody[] bodies, LegalForm form)
    {
        var set = CouncilInstruments.For(form, bodies);
        if (!set.AppliesWgr)
        {
            return;
        }

        var raad = bodies.Contains(GoverningBody.Raad);
        var unknown = bodies.Length == 0;
        Assert.Equal(raad, set.Has(CouncilInstrumentKind.ZelfBesluiten));
        Assert.Equal(!raad && !unknown, set.Has(CouncilInstrumentKind.ZienswijzeOpOntwerp));
        Assert.Equal(!raad && !unknown, set.Has(CouncilInstrumentKind.Toestemming));
        Assert.Equal(unknown, set.Has(CouncilInstrumentKind.HangtAfVanSoort));
        Assert.Equal(!raad && bodies.Contains(GoverningBody.College), set.Has(CouncilInstrumentKind.VerantwoordingCollege));
        Assert.Equal(!raad && bodies.Contains(GoverningBody.Burgemeester), set.Has(CouncilInstrumentKind.VerantwoordingBurgemeester));
    }

    [Theory]
    [MemberData(nameof(EveryKindAndForm))]
    public void Gives_the_budget_cycle_adviescommissie_and_participation_only_where_the_form_allows(GoverningBody[] bodies, LegalForm form)
    {
        var set = CouncilInstruments.For(form, bodies);
        if (!set.AppliesWgr)
        {
            return;
        }

        Assert.Equal(form.HasWgrBody(), set.Has(CouncilInstrumentKind.ZienswijzeBegroting));
        Assert.Equal(form.HasWgrBody(), set.Has(CouncilInstrumentKind.Kaders));
        Assert.Equal(form.HasWgrBody(), set.Has(CouncilInstrumentKind.ZienswijzeBesluitenBestuur));
        Assert.Equal(form.HasWgrBody(), set.Has(CouncilInstrumentKind.Participatie));
        Assert.Equal(form == LegalForm.OpenbaarLichaam, set.Has(CouncilInstrumentKind.Adviescommissie));
        Assert.Equal(form == LegalForm.OpenbaarLichaam, set.Has(CouncilInstrumentKind.ZienswijzeDeelnamePrivaat));
        Assert.True(set.Has(CouncilInstrumentKind.Evaluatie));
        Assert.True(set.Has(CouncilInstrumentKind.Uittreding));
    }

    [Fact]
    public void Gives_a_council_in_a_collegeregeling_fewer_instruments_than_in_a_raadsregeling()
    {
        var raadsregeling = CouncilInstruments.For(LegalForm.OpenbaarLichaam, Raad);
        var collegeregeling = CouncilInstruments.For(LegalForm.OpenbaarLichaam, College);

        Assert.True(raadsregeling.Has(CouncilInstrumentKind.ZelfBesluiten));
        Assert.True(raadsregeling.Has(CouncilInstrumentKind.VerantwoordingBestuurders));
        Assert.False(collegeregeling.Has(CouncilInstrumentKind.ZelfBesluiten));
        Assert.False(collegeregeling.Has(CouncilInstrumentKind.VerantwoordingBestuurders));
        Assert.Equal("Wgr art. 1 lid 4 en 5", collegeregeling.Instruments.Single(i => i.Kind == CouncilInstrumentKind.Toestemming).Article);
        Assert.Equal("Gemeentewet art. 169", collegeregeling.Instruments.Single(i => i.Kind == CouncilInstrumentKind.VerantwoordingCollege).Article);
        Assert.Contains("het college", collegeregeling.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Lets_the_council_of_a_raadsregeling_appoint_and_dismiss_its_members_of_the_algemeen_bestuur()
    {
        var set = CouncilInstruments.For(LegalForm.OpenbaarLichaam, Raad);

        Assert.Equal("Wgr art. 13 lid 1; art. 16", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.AanwijzenEnInlichtingen).Article);
        Assert.Equal("Wgr art. 17", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.VerantwoordingBestuurders).Article);
        Assert.Equal(CouncilPosition.RaadNeemtDeel, set.Position);
    }

    [Fact]
    public void Says_it_does_not_know_rather_than_guessing_when_no_body_is_registered()
    {
        var set = CouncilInstruments.For(LegalForm.OpenbaarLichaam, []);

        Assert.Equal(CouncilPosition.Onbekend, set.Position);
        Assert.Contains("Niet geregistreerd", set.Summary, StringComparison.Ordinal);
        Assert.Contains("onbekend", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.HangtAfVanSoort).Title, StringComparison.Ordinal);
        Assert.False(set.Has(CouncilInstrumentKind.Toestemming));
        Assert.False(set.Has(CouncilInstrumentKind.ZelfBesluiten));
    }

    [Fact]
    public void Uses_the_statutory_articles_for_the_budget_cycle_and_the_draft_zienswijze()
    {
        var set = CouncilInstruments.For(LegalForm.Bedrijfsvoeringsorganisatie, College);

        Assert.Equal("Wgr art. 35 lid 1, 3 en 5", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.ZienswijzeBegroting).Article);
        Assert.Equal("Wgr art. 34b", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.Kaders).Article);
        Assert.Equal("Wgr art. 1 lid 2 en 3", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.ZienswijzeOpOntwerp).Article);
        Assert.Equal("Wgr art. 9 lid 1; art. 1 lid 4 en 5", set.Instruments.Single(i => i.Kind == CouncilInstrumentKind.Uittreding).Article);
    }

    [Fact]
    public void Sends_a_private_law_body_to_the_gemeentewet_instead()
    {
        var set = CouncilInstruments.For(LegalForm.BeslotenVennootschap, College);

        Assert.False(set.AppliesWgr);
        Assert.Contains("Gemeentewet art. 160 lid 2", set.Summary, StringComparison.Ordinal);
    }
}
