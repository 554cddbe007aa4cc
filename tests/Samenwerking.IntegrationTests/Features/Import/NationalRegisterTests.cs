using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Import;

/// <summary>
/// Half of the real national register, imported into the seeded register (with the demo examples): what users then
/// read must be what the register and the regelingen say — linked exactly, nothing doubled, nothing made up.
/// </summary>
public sealed class NationalRegisterTests(RegisterDatabase database) : RegisterTest(database)
{
    /// <summary>The current regelingen in the half export (190 of the 451 of the whole register).</summary>
    private const int CurrentRegelingen = 190;

    private async Task<ImportReport> ImportHalfAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        return await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
    }

    private async Task<ArrangementDetail> DetailAsync(string nationalId)
    {
        await using var db = Database.CreateContext();
        var id = await db.Arrangements.Where(a => a.NationalRegisterId == nationalId).Select(a => a.Id).SingleAsync();
        return (await Database.GetService<ArrangementQueries>().DetailAsync(id, CancellationToken.None))!;
    }

    [Fact]
    public async Task Links_seeded_veiligheidsregios_by_their_national_identity_and_doubles_nothing()
    {
        await using (var before = Database.CreateContext())
        {
            Assert.Equal(25, await before.Arrangements.CountAsync(a => !a.IsExample));
        }

        var report = await ImportHalfAsync();

        await using var db = Database.CreateContext();
        // Gelderland-Midden and Limburg-Noord are combined with the GGD and named otherwise: linked all the same.
        foreach (var (id, seededName) in new[] { ("30034849", "Gelderland-Midden"), ("29486556", "Limburg-Noord"), ("29786190", "Drenthe") })
        {
            Assert.Contains(report.Linked, l => l.StartsWith($"Veiligheidsregio {seededName} ↔", StringComparison.Ordinal) && l.Contains(id, StringComparison.Ordinal));
            Assert.Equal(1, await db.Arrangements.CountAsync(a => a.NationalRegisterId == id));
        }

        // Twelve of the 25 seeded regions are in this half: every other current regeling is new, none doubles a region.
        Assert.Equal(12, report.Linked.Count(l => l.StartsWith("Veiligheidsregio ", StringComparison.Ordinal)));
        Assert.Equal(CurrentRegelingen - 12, report.Added.Count);
        Assert.Equal(25 + CurrentRegelingen - 12, await db.Arrangements.CountAsync());
        // No municipality takes part twice in the same national regeling, nor in two arrangements of one region's members.
        Assert.False(await db.Memberships.Where(m => m.MunicipalityId != null && m.LeaveDate == null)
            .GroupBy(m => new { m.ArrangementId, m.MunicipalityId }).AnyAsync(g => g.Count() > 1));
        // A GGD that shares its members with a veiligheidsregio is no doubt worth reporting.
        Assert.DoesNotContain(report.Doubtful, d => d.Contains("Veiligheidsregio", StringComparison.Ordinal));
        // The regions the half does not hold keep their national identity and are not ended by their absence.
        var brabantZuidoost = await db.Arrangements.SingleAsync(a => a.NationalRegisterId == "30450913");
        Assert.Null(brabantZuidoost.EndDate);
        Assert.Empty(report.Ended);
    }

    [Fact]
    public async Task Removes_the_examples_so_no_count_overview_or_paragraph_shows_one()
    {
        await using (var before = Database.CreateContext())
        {
            Assert.True(await before.Arrangements.AnyAsync(a => a.IsExample));
        }

        var report = await ImportHalfAsync();

        Assert.Equal(13, report.ExamplesRemoved.Count);
        await using var db = Database.CreateContext();
        Assert.False(await db.Arrangements.AnyAsync(a => a.IsExample || a.Name.StartsWith("Voorbeeld")));
        var utrecht = (await Database.GetService<OverviewQueries>().OverviewAsync("GM0344", Today, CancellationToken.None))!;
        Assert.DoesNotContain(utrecht.Parties, p => p.IsExample || p.Name.StartsWith("Voorbeeld", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeps_every_body_a_participant_takes_part_with_and_derives_the_kind_of_regeling()
    {
        await ImportHalfAsync();

        var middenHolland = await DetailAsync("30512991");
        Assert.Contains(middenHolland.Participants, p => p.GoverningBodies.SequenceEqual([GoverningBody.Raad, GoverningBody.College, GoverningBody.Burgemeester]));
        Assert.Equal(RegelingKind.GemengdeRegeling, middenHolland.KindOn(Today));
        Assert.Equal(RegelingKind.Raadsregeling, (await DetailAsync("29772709")).KindOn(Today));
        Assert.Equal(RegelingKind.Collegeregeling, (await DetailAsync("27752024")).KindOn(Today));
        await using var db = Database.CreateContext();
        Assert.True(await db.Memberships.CountAsync(m => m.GoverningBodies.Count > 1) >= 200);
    }

    [Fact]
    public async Task States_how_powers_were_obtained_for_the_regeling_as_the_register_does_and_pins_nothing_on_a_power()
    {
        await ImportHalfAsync();

        var betho = await DetailAsync("24961576");
        Assert.Equal([PowerAcquisition.Delegatie, PowerAcquisition.Mandaat], betho.PowerAcquisitions);
        await using var db = Database.CreateContext();
        var imported = await db.Arrangements.Where(a => a.Versions.Any()).SelectMany(a => a.Powers).ToListAsync();
        Assert.NotEmpty(imported);
        Assert.All(imported, p => Assert.Null(p.Acquisition));
    }

    [Fact]
    public async Task Imports_seat_and_address_from_the_regeling_or_else_from_the_body_it_set_up()
    {
        await ImportHalfAsync();

        // Veiligheidsregio Twente has no address of its own in the export; its body has one.
        var twente = await DetailAsync("29515888");
        Assert.NotNull(twente.Seat);
        Assert.Contains(twente.Seat!, twente.Address, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        var imported = await db.Arrangements.Where(a => a.Versions.Any()).Select(a => a.Seat).ToListAsync();
        Assert.True(imported.Count(s => s != null) >= CurrentRegelingen - 5, $"{imported.Count(s => s == null)} zonder vestigingsplaats");
    }

    [Fact]
    public async Task Labels_laws_as_legal_basis_and_puts_the_text_of_the_regeling_first()
    {
        await ImportHalfAsync();

        var drenthe = await DetailAsync("29786190");
        var first = drenthe.Links[0];
        Assert.Equal(LinkKind.Regeling, first.Kind);
        Assert.StartsWith("https://lokaleregelgeving.overheid.nl/", first.Url, StringComparison.Ordinal);
        Assert.Contains(drenthe.Links, l => l.Kind == LinkKind.WettelijkeGrondslag && l.Title == "Wet gemeenschappelijke regelingen");
        Assert.DoesNotContain(drenthe.Links, l => l.Kind == LinkKind.Regeling && l.Url.Contains("wetten.overheid.nl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recognises_centrumregelingen_in_every_spelling_and_cross_border_bodies()
    {
        await ImportHalfAsync();

        var leeuwarden = await DetailAsync("29801171");
        Assert.Equal(LegalForm.Centrumregeling, leeuwarden.LegalForm);
        Assert.Equal("GM0080", leeuwarden.CentralMunicipalityCode);
        var hengelo = await DetailAsync("30574620");
        Assert.Equal(LegalForm.Centrumregeling, hengelo.LegalForm);
        Assert.Equal("GM0164", hengelo.CentralMunicipalityCode);
        Assert.Equal(LegalForm.Bgts, (await DetailAsync("28740991")).LegalForm);
        Assert.Equal(LegalForm.Bgts, (await DetailAsync("30161067")).LegalForm);
        Assert.Equal(LegalForm.GrensoverschrijdendOpenbaarLichaam, (await DetailAsync("28143830")).LegalForm);
        Assert.Equal(LegalForm.GrensoverschrijdendOpenbaarLichaam, (await DetailAsync("29415791")).LegalForm);
        await using var db = Database.CreateContext();
        // Stadsregio's with a cross-border agenda are no cross-border bodies.
        Assert.Equal(8, await db.Arrangements.CountAsync(a =>
            a.LegalForm == LegalForm.Egts || a.LegalForm == LegalForm.Bgts || a.LegalForm == LegalForm.GrensoverschrijdendOpenbaarLichaam));
    }

    [Fact]
    public async Task Keeps_the_versions_of_a_regeling_and_names_the_one_in_force_on_a_date()
    {
        var report = await ImportHalfAsync();

        var drenthe = await DetailAsync("29786190");
        Assert.Equal(["29470800", "29786190"], drenthe.Versions.Select(v => v.NationalRegisterId));
        Assert.Equal("29786190", drenthe.VersionOn(Today)!.NationalRegisterId);
        Assert.Equal("29470800", drenthe.VersionOn(new DateOnly(2023, 1, 1))!.NationalRegisterId);
        Assert.Null(drenthe.VersionOn(new DateOnly(2020, 1, 1)));
        Assert.All(drenthe.Versions, v => Assert.NotNull(v.PublicationUrl));
        // The earlier link leads to a version this half does not hold: said, not guessed.
        Assert.Contains(report.Notes, n => n.Contains("29470800 verwijst naar versie 28165782", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_nothing_on_a_second_import_and_keeps_what_administrators_confirmed()
    {
        await ImportHalfAsync();
        await using (var db = Database.CreateContext())
        {
            var drenthe = await db.Arrangements.SingleAsync(a => a.NationalRegisterId == "29786190");
            drenthe.GoalLevel = GoalLevel.Tactisch;
            drenthe.GoalLevelIsSuggestion = false;
            drenthe.PublicInterest = "Een veilige leefomgeving.";
            drenthe.Links.Add(new LegalBasisLink { Title = "Website", Url = "https://www.vrd.nl", Kind = LinkKind.Website });
            await db.SaveChangesAsync();
        }

        var again = await ImportHalfAsync();

        Assert.Empty(again.Added);
        Assert.Empty(again.Updated);
        Assert.Empty(again.Ended);
        Assert.Equal(CurrentRegelingen, again.Unchanged.Count);
        await using var check = Database.CreateContext();
        var kept = await check.Arrangements.Include(a => a.Links).SingleAsync(a => a.NationalRegisterId == "29786190");
        Assert.False(kept.GoalLevelIsSuggestion);
        Assert.Equal("Een veilige leefomgeving.", kept.PublicInterest);
        Assert.Contains(kept.Links, l => l.Kind == LinkKind.Website);
    }

    [Fact]
    public async Task Suggests_both_interests_for_the_members_of_a_public_body_and_keeps_a_correction_on_re_import()
    {
        await ImportHalfAsync();
        await using (var db = Database.CreateContext())
        {
            var members = await db.Memberships.Where(m => m.Arrangement!.NationalRegisterId == "29786190" && m.MunicipalityId != null).ToListAsync();
            Assert.All(members, m => Assert.True(m.InterestsAreSuggestion && m.IsVerbondenPartij(LegalForm.OpenbaarLichaam)));
            // Centrumregelingen set up no body: never a verbonden partij.
            Assert.False(await db.Memberships.AnyAsync(m => m.Arrangement!.LegalForm == LegalForm.Centrumregeling
                && m.AdministrativeInterest != AdministrativeInterest.Geen));
            var assen = members.Single(m => m.MunicipalityId == db.Municipalities.Single(x => x.Code == "GM0106").Id);
            assen.FinancialInterests = [FinancialInterest.Tekortdekking, FinancialInterest.Garantie];
            assen.InterestsAreSuggestion = false;
            assen.InterestsReason = null;
            await db.SaveChangesAsync();
        }

        await ImportHalfAsync();

        await using var check = Database.CreateContext();
        var kept = await check.Memberships.SingleAsync(m => m.Arrangement!.NationalRegisterId == "29786190" && m.Municipality!.Code == "GM0106");
        Assert.Equal([FinancialInterest.Garantie, FinancialInterest.Tekortdekking], kept.FinancialInterests.Order());
        Assert.False(kept.InterestsAreSuggestion);
    }

    [Fact]
    public async Task Takes_two_versions_in_force_of_one_regeling_as_one_arrangement_named_after_the_newest()
    {
        const string Xml = """
            <p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.6.9">
              <p:gemeenschappelijkeRegelingen>
                <p:regeling p:systeemId="910001">
                  <p:titel>Regeling Twee Versies 2020</p:titel>
                  <p:datumInwerkingtreding>2020-01-01</p:datumInwerkingtreding>
                  <p:nextVersion p:systeemId="910002">nieuw</p:nextVersion>
                </p:regeling>
                <p:regeling p:systeemId="910002">
                  <p:titel>Regeling Twee Versies 2024</p:titel>
                  <p:datumInwerkingtreding>2024-01-01</p:datumInwerkingtreding>
                  <p:previousVersion p:systeemId="910001">oud</p:previousVersion>
                </p:regeling>
              </p:gemeenschappelijkeRegelingen>
            </p:overheidsorganisaties>
            """;

        var report = await Database.GetService<RooImporter>().ImportAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Xml)), Operator.Principal, CancellationToken.None);

        Assert.Single(report.Added);
        Assert.Contains(report.Skipped, s => s.Contains("910001", StringComparison.Ordinal));
        var detail = await DetailAsync("910002");
        Assert.Equal("Regeling Twee Versies 2024", detail.Name);
        Assert.Equal(["910001", "910002"], detail.Versions.Select(v => v.NationalRegisterId));
    }

    [Fact]
    public async Task Imports_what_it_can_of_bad_input_and_reports_the_rest()
    {
        const string Xml = """
            <p:overheidsorganisaties xmlns:p="https://organisaties.overheid.nl/static/schema/oo/export/2.6.9">
              <p:gemeenschappelijkeRegelingen>
                <p:regeling p:systeemId="900001">
                  <p:titel>Regeling met een onbekend orgaan</p:titel>
                  <p:samenwerkingsvorm p:afkorting="OL">Openbaar lichaam</p:samenwerkingsvorm>
                  <p:deelnemendeOrganisaties>
                    <p:deelnemendeOrganisatie p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm0344">
                      <p:naam>Gemeente Utrecht</p:naam>
                      <p:bestuursorganen>
                        <p:bestuursorgaan>Raad van Toezicht</p:bestuursorgaan>
                        <p:bestuursorgaan>College van burgemeester en wethouders</p:bestuursorgaan>
                      </p:bestuursorganen>
                    </p:deelnemendeOrganisatie>
                  </p:deelnemendeOrganisaties>
                  <p:adressen><p:adres><p:adresType>Bezoekadres</p:adresType><p:openbareRuimte>Markt</p:openbareRuimte><p:huisnummer>1</p:huisnummer><p:postcode>1234 AB</p:postcode></p:adres></p:adressen>
                  <p:datumInwerkingtreding>2024-01-01</p:datumInwerkingtreding>
                  <p:previousVersion p:systeemId="900000">ontbreekt</p:previousVersion>
                </p:regeling>
                <p:regeling p:systeemId="900002">
                  <p:titel>Regeling die zichzelf opvolgt</p:titel>
                  <p:samenwerkingsvorm p:afkorting="RZM">'Regeling zonder meer'</p:samenwerkingsvorm>
                  <p:datumInwerkingtreding>2024-01-01</p:datumInwerkingtreding>
                  <p:nextVersion p:systeemId="900002">zichzelf</p:nextVersion>
                </p:regeling>
                <p:regeling p:systeemId="900003">
                  <p:titel>Regeling in een kring</p:titel>
                  <p:datumInwerkingtreding>2024-01-01</p:datumInwerkingtreding>
                  <p:previousVersion p:systeemId="900004">vorige</p:previousVersion>
                  <p:nextVersion p:systeemId="900004">vorige</p:nextVersion>
                </p:regeling>
                <p:regeling p:systeemId="900004">
                  <p:titel>Regeling in een kring (oud)</p:titel>
                  <p:datumInwerkingtreding>2020-01-01</p:datumInwerkingtreding>
                  <p:datumUitwerkingtreding>2024-01-01</p:datumUitwerkingtreding>
                  <p:previousVersion p:systeemId="900003">volgende</p:previousVersion>
                  <p:nextVersion p:systeemId="900003">volgende</p:nextVersion>
                </p:regeling>
              </p:gemeenschappelijkeRegelingen>
            </p:overheidsorganisaties>
            """;

        var report = await Database.GetService<RooImporter>().ImportAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Xml)), Operator.Principal, CancellationToken.None);

        Assert.Equal(3, report.Added.Count);
        Assert.Contains(report.Notes, n => n.Contains("'Raad van Toezicht', een bestuursorgaan dat het register niet kent", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("noemt geen woonplaats", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("verwijst naar versie 900000, die niet in het bestand staat", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("900002 noemt zichzelf als opvolger", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("in een kring", StringComparison.Ordinal));
        var unknownBody = await DetailAsync("900001");
        Assert.Equal([GoverningBody.College], Assert.Single(unknownBody.Participants).GoverningBodies);
        Assert.Null(unknownBody.Seat);
        Assert.Equal("Markt 1, 1234 AB", unknownBody.Address);
        Assert.Empty(unknownBody.PowerAcquisitions);
        Assert.Equal(["900004", "900003"], (await DetailAsync("900003")).Versions.Select(v => v.NationalRegisterId));
    }
}
