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
    public void Leaves_forms_that_set_up_no_body_of_their_own_out_of_the_paragraph(LegalForm form) => Assert.False(form.IsVerbondenPartij());

    [Fact]
    public void Counts_every_other_form_as_a_verbonden_partij() =>
        Assert.Equal(13, Enum.GetValues<LegalForm>().Count(f => f.IsVerbondenPartij()));

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
