using Samenwerking.Web.Domain;

namespace Samenwerking.Tests.Domain;

public sealed class LegalFormsTests
{
    [Theory]
    [InlineData(LegalForm.OpenbaarLichaam, BbvGroup.GemeenschappelijkeRegelingen)]
    [InlineData(LegalForm.GemeenschappelijkOrgaan, BbvGroup.GemeenschappelijkeRegelingen)]
    [InlineData(LegalForm.Bedrijfsvoeringsorganisatie, BbvGroup.GemeenschappelijkeRegelingen)]
    [InlineData(LegalForm.Centrumregeling, BbvGroup.GemeenschappelijkeRegelingen)]
    [InlineData(LegalForm.RegelingZonderMeer, BbvGroup.GemeenschappelijkeRegelingen)]
    [InlineData(LegalForm.BeslotenVennootschap, BbvGroup.VennootschappenEnCooperaties)]
    [InlineData(LegalForm.NaamlozeVennootschap, BbvGroup.VennootschappenEnCooperaties)]
    [InlineData(LegalForm.CommanditaireVennootschap, BbvGroup.VennootschappenEnCooperaties)]
    [InlineData(LegalForm.Cooperatie, BbvGroup.VennootschappenEnCooperaties)]
    [InlineData(LegalForm.Stichting, BbvGroup.StichtingenEnVerenigingen)]
    [InlineData(LegalForm.Vereniging, BbvGroup.StichtingenEnVerenigingen)]
    [InlineData(LegalForm.Bestuursovereenkomst, BbvGroup.OverigeVerbondenPartijen)]
    [InlineData(LegalForm.Overig, BbvGroup.OverigeVerbondenPartijen)]
    public void Places_every_legal_form_in_its_BBV_group(LegalForm form, BbvGroup group) => Assert.Equal(group, form.BbvGroup());

    [Fact]
    public void Counts_exactly_the_five_Wgr_forms_as_gemeenschappelijke_regeling() =>
        Assert.Equal(5, Enum.GetValues<LegalForm>().Count(f => f.IsGemeenschappelijkeRegeling()));

    [Fact]
    public void Only_a_centrumregeling_requires_a_central_municipality() =>
        Assert.Equal([LegalForm.Centrumregeling], Enum.GetValues<LegalForm>().Where(f => f.RequiresCentralMunicipality()));
}

public sealed class VerbondenPartijTests
{
    [Theory]
    [InlineData(LegalForm.Bestuursovereenkomst)]
    [InlineData(LegalForm.RegelingZonderMeer)]
    [InlineData(LegalForm.Centrumregeling)]
    public void Never_counts_a_form_without_a_body_of_its_own_whatever_the_interests(LegalForm form)
    {
        Assert.False(form.CanBeVerbondenPartij());
        Assert.False(VerbondenPartij.Is(form, AdministrativeInterest.Zetel, [FinancialInterest.Garantie]));
    }

    [Fact]
    public void Asks_for_both_a_bestuurlijk_and_a_financieel_belang()
    {
        Assert.True(VerbondenPartij.Is(LegalForm.OpenbaarLichaam, AdministrativeInterest.Zetel, [FinancialInterest.Tekortdekking]));
        Assert.False(VerbondenPartij.Is(LegalForm.OpenbaarLichaam, AdministrativeInterest.Zetel, []));
        Assert.False(VerbondenPartij.Is(LegalForm.BeslotenVennootschap, AdministrativeInterest.Geen, [FinancialInterest.Aandelen]));
        Assert.False(VerbondenPartij.Is(LegalForm.Stichting, null, [FinancialInterest.Lening]));
    }

    [Theory]
    [InlineData(LegalForm.OpenbaarLichaam, true)]
    [InlineData(LegalForm.Bedrijfsvoeringsorganisatie, true)]
    [InlineData(LegalForm.NaamlozeVennootschap, true)]
    [InlineData(LegalForm.Bgts, true)]
    [InlineData(LegalForm.GemeenschappelijkOrgaan, false)]
    [InlineData(LegalForm.Stichting, false)]
    [InlineData(LegalForm.Overig, false)]
    [InlineData(LegalForm.Bestuursovereenkomst, false)]
    public void Suggests_interests_that_make_a_verbonden_partij_only_where_the_form_normally_gives_both(LegalForm form, bool isParty)
    {
        var membership = new Membership();

        membership.SuggestInterests(form);

        Assert.Equal(isParty, membership.IsVerbondenPartij(form));
        Assert.True(membership.InterestsAreSuggestion);
        Assert.NotNull(membership.InterestsReason);
    }

    [Fact]
    public void Keeps_interests_an_administrator_confirmed()
    {
        var membership = new Membership { AdministrativeInterest = AdministrativeInterest.Zetel, FinancialInterests = [FinancialInterest.Lening] };

        membership.SuggestInterests(LegalForm.OpenbaarLichaam);

        Assert.Equal([FinancialInterest.Lening], membership.FinancialInterests);
        Assert.False(membership.InterestsAreSuggestion);
    }

    [Theory]
    [InlineData(LegalForm.Egts)]
    [InlineData(LegalForm.Bgts)]
    [InlineData(LegalForm.GrensoverschrijdendOpenbaarLichaam)]
    public void Keeps_cross_border_bodies_apart_from_the_gemeenschappelijke_regelingen(LegalForm form)
    {
        Assert.True(form.IsCrossBorder());
        Assert.False(form.IsGemeenschappelijkeRegeling());
        Assert.False(form.HasWgrBody());
        Assert.Equal(BbvGroup.OverigeVerbondenPartijen, form.BbvGroup());
    }
}
