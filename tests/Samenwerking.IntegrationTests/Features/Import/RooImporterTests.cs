using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Import;

/// <summary>Importing the national register's sample export into the seeded register, and importing it again.</summary>
public sealed class RooImporterTests(RegisterDatabase database) : RegisterTest(database)
{
    private const int CurrentRegelingen = 22;

    private static string SampleXml() => File.ReadAllText(SharedData.PathOf("roo/sample-exportOO.xml"));

    private Task<Web.Features.Import.ImportReport> ImportAsync(string xml) =>
        Database.GetService<RooImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), Operator.Principal, CancellationToken.None);

    [Theory]
    [InlineData(Roles.Redacteur)]
    [InlineData(null)]
    public async Task Refuses_an_import_by_someone_without_the_beheerder_role(string? role)
    {
        await Database.AddAsync("vraagt@gemeente.example", role);
        var asker = await Database.SignedInAsync("vraagt@gemeente.example");
        await using var before = Database.CreateContext();
        var arrangements = await before.Arrangements.CountAsync();

        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Database.GetService<RooImporter>()
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(SampleXml())), asker, CancellationToken.None));

        Assert.Contains("Alleen een beheerder", refused.Message, StringComparison.Ordinal);
        await using var after = Database.CreateContext();
        Assert.Equal(arrangements, await after.Arrangements.CountAsync());
        Assert.True(await after.Arrangements.AnyAsync(a => a.IsExample), "Een import verwijdert de voorbeelden.");
    }

    [Fact]
    public async Task Imports_for_a_signed_in_beheerder()
    {
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);

        var report = await Database.GetService<RooImporter>().ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(SampleXml())), await Database.SignedInAsync("beheerder@gemeente.example"), CancellationToken.None);

        Assert.NotEmpty(report.Added);
    }

    [Fact]
    public async Task Imports_the_current_regelingen_of_the_sample_with_participants_forms_and_suggested_goal_levels()
    {
        var report = await ImportAsync(SampleXml());

        Assert.Equal(CurrentRegelingen, report.Added.Count + report.Updated.Count);
        await using var db = Database.CreateContext();
        var imported = await db.Arrangements.Where(a => a.Versions.Any())
            .Include(a => a.Memberships).ThenInclude(m => m.Municipality).Include(a => a.CentralMunicipality).ToListAsync();
        Assert.Equal(CurrentRegelingen, imported.Count);
        // The two seeded veiligheidsregio's in the sample were linked, not added: their goal level was set in the register and stays.
        Assert.Equal(CurrentRegelingen - 2, imported.Count(a => a.GoalLevelIsSuggestion && a.GoalLevelReason is not null));
        Assert.Contains(imported, a => a.LegalForm == LegalForm.Bedrijfsvoeringsorganisatie && a.GoalLevel == GoalLevel.Operationeel);
        Assert.Contains(imported, a => a.LegalForm == LegalForm.Centrumregeling && a.CentralMunicipality is not null);
        var utrecht = Assert.Single(imported, a => a.NationalRegisterId == "28426877");
        Assert.Equal(26, utrecht.Memberships.Count(m => m.Municipality is not null));
    }

    [Fact]
    public async Task Shows_a_merged_municipality_until_its_merger_and_counts_its_successor_from_then_saying_so()
    {
        var report = await ImportAsync(SampleXml());

        Assert.Equal(["GM0501", "GM0530", "GM0614", "GM0756", "GM0786", "GM0815", "GM1684", "GM1702"],
            report.FormerMunicipalities.Select(f => f[..6]).Distinct());
        Assert.Contains(report.FormerMunicipalities, f => f.StartsWith("GM0501 Brielle", StringComparison.Ordinal) && f.Contains("Voorne aan Zee", StringComparison.Ordinal));
        // The MRDH's current regeling still names Brielle (merged into Voorne aan Zee on 1 January 2023), not Voorne aan Zee.
        var mrdh = await Database.GetService<ArrangementQueries>().DetailAsync(
            await IdOfAsync("29530165"), CancellationToken.None);
        var brielle = Assert.Single(mrdh!.Participants, p => p.MunicipalityCode == "GM0501");
        Assert.Equal(new DateOnly(2023, 1, 1), brielle.LeaveDate);
        Assert.Equal("Voorne aan Zee", brielle.Municipality!.SuccessorName);
        var voorne = Assert.Single(mrdh.Participants, p => p.MunicipalityCode == "GM1992");
        Assert.True(voorne.IsActiveOn(Today));
        Assert.Equal(new DateOnly(2023, 1, 1), voorne.JoinDate);
        Assert.Equal("GM0501", voorne.NamedAs!.Code);
        Assert.False(brielle.IsActiveOn(Today));
        // Voorne aan Zee's own page counts the MRDH.
        var page = await Database.GetService<Web.Features.Municipalities.MunicipalityQueries>().DetailAsync("GM1992", Today, CancellationToken.None);
        Assert.Contains(page!.Arrangements, a => a.Name == mrdh.Name);
    }

    private async Task<int> IdOfAsync(string nationalId)
    {
        await using var db = Database.CreateContext();
        return await db.Arrangements.Where(a => a.NationalRegisterId == nationalId).Select(a => a.Id).SingleAsync();
    }

    [Fact]
    public async Task Links_the_seeded_veiligheidsregio_to_its_national_regeling_instead_of_duplicating_it()
    {
        var report = await ImportAsync(SampleXml());

        Assert.Contains(report.Linked, l => l.StartsWith("Veiligheidsregio Utrecht ↔", StringComparison.Ordinal) && l.Contains("landelijke identiteit", StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Arrangements.CountAsync(a => a.Name.Contains("Veiligheidsregio Utrecht")));
    }

    [Fact]
    public async Task Changes_nothing_when_the_same_file_is_imported_again_and_keeps_what_administrators_added()
    {
        await ImportAsync(SampleXml());
        await using (var db = Database.CreateContext())
        {
            var arrangement = await db.Arrangements.SingleAsync(a => a.NationalRegisterId == "28426877");
            arrangement.GoalLevel = GoalLevel.Tactisch;
            arrangement.GoalLevelIsSuggestion = false;
            db.Risks.Add(new Risk { ArrangementId = arrangement.Id, Description = "Tekort brandweer", Class = 2 });
            await db.SaveChangesAsync();
        }

        var again = await ImportAsync(SampleXml());

        Assert.Equal(CurrentRegelingen, again.Unchanged.Count);
        Assert.Empty(again.Added);
        Assert.Empty(again.Updated);
        Assert.Empty(again.Ended);
        await using var check = Database.CreateContext();
        var kept = await check.Arrangements.Include(a => a.Risks).SingleAsync(a => a.NationalRegisterId == "28426877");
        Assert.False(kept.GoalLevelIsSuggestion);
        Assert.Single(kept.Risks);
    }

    [Fact]
    public async Task Applies_a_changed_export_a_participant_added_one_removed_and_a_regeling_replaced()
    {
        await ImportAsync(SampleXml());
        // Veiligheidsregio Utrecht gets a new version in which Baarn has left and Groningen has joined.
        var changed = RemoveParticipant(SampleXml(), "28426877", "gm0308");
        changed = ReplaceVersion(changed, "28426877", "99999999");
        changed = AddParticipant(changed, "99999999", "gm0014", "Gemeente Groningen");

        var report = await ImportAsync(changed);

        Assert.Contains(report.Updated, u => u.Contains("99999999", StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        var utrecht = await db.Arrangements.Include(a => a.Memberships).ThenInclude(m => m.Municipality)
            .SingleAsync(a => a.NationalRegisterId == "99999999");
        Assert.NotNull(utrecht.Memberships.Single(m => m.Municipality?.Code == "GM0308").LeaveDate);
        Assert.Null(utrecht.Memberships.Single(m => m.Municipality?.Code == "GM0014").LeaveDate);
        Assert.Equal(26, utrecht.Memberships.Count(m => m.Municipality is not null && m.LeaveDate is null));
        Assert.Equal(0, await db.Arrangements.CountAsync(a => a.NationalRegisterId == "28426877"));
    }

    [Fact]
    public async Task Ends_an_arrangement_whose_regeling_disappeared_from_the_export()
    {
        await ImportAsync(SampleXml());
        var without = RemoveRegeling(SampleXml(), "28426877");

        var report = await ImportAsync(without);

        Assert.Contains(report.Ended, e => e.Contains("28426877", StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        var ended = await db.Arrangements.Include(a => a.Memberships).SingleAsync(a => a.NationalRegisterId == "28426877");
        Assert.NotNull(ended.EndDate);
        Assert.All(ended.Memberships, m => Assert.NotNull(m.LeaveDate));
    }

    [Fact]
    public async Task Changes_nothing_when_the_file_is_broken()
    {
        var xml = SampleXml();
        await using var db = Database.CreateContext();
        var before = await db.Arrangements.CountAsync();

        await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(xml[..(xml.Length * 2 / 3)]));

        Assert.Equal(before, await db.Arrangements.CountAsync());
        Assert.Equal(0, await db.Arrangements.CountAsync(a => a.Versions.Any()));
        Assert.True(await db.Arrangements.AnyAsync(a => a.IsExample));
    }

    private static string RemoveParticipant(string xml, string regelingId, string tooiCode)
    {
        var regeling = RegelingSpan(xml, regelingId);
        var part = xml[regeling.Start..regeling.End];
        var marker = part.IndexOf($"/gemeente/{tooiCode}\"", StringComparison.Ordinal);
        var start = part.LastIndexOf("<p:deelnemendeOrganisatie ", marker, StringComparison.Ordinal);
        var end = part.IndexOf("</p:deelnemendeOrganisatie>", marker, StringComparison.Ordinal) + "</p:deelnemendeOrganisatie>".Length;
        return xml[..regeling.Start] + part[..start] + part[end..] + xml[regeling.End..];
    }

    private static string AddParticipant(string xml, string regelingId, string tooiCode, string name)
    {
        var regeling = RegelingSpan(xml, regelingId);
        var at = xml.IndexOf("</p:deelnemendeOrganisaties>", regeling.Start, StringComparison.Ordinal);
        var participant = $"<p:deelnemendeOrganisatie p:resourceIdentifierTOOI=\"https://identifier.overheid.nl/tooi/id/gemeente/{tooiCode}\">" +
            $"<p:naam>{name}</p:naam><p:toetredingsDatum>2026-01-01</p:toetredingsDatum></p:deelnemendeOrganisatie>";
        return xml[..at] + participant + xml[at..];
    }

    /// <summary>The current version ends and a new version (same content, new id) takes its place.</summary>
    private static string ReplaceVersion(string xml, string oldId, string newId)
    {
        var regeling = RegelingSpan(xml, oldId);
        var old = xml[regeling.Start..regeling.End];
        var ended = old.Replace("</p:regeling>", $"<p:datumUitwerkingtreding>2026-01-01</p:datumUitwerkingtreding><p:nextVersion p:systeemId=\"{newId}\">volgende</p:nextVersion></p:regeling>", StringComparison.Ordinal);
        var replacement = old.Replace($"p:systeemId=\"{oldId}\"", $"p:systeemId=\"{newId}\"", StringComparison.Ordinal)
            .Replace("</p:regeling>", $"<p:previousVersion p:systeemId=\"{oldId}\">vorige</p:previousVersion></p:regeling>", StringComparison.Ordinal);
        return xml[..regeling.Start] + ended + replacement + xml[regeling.End..];
    }

    private static string RemoveRegeling(string xml, string id)
    {
        var regeling = RegelingSpan(xml, id);
        return xml[..regeling.Start] + xml[regeling.End..];
    }

    private static (int Start, int End) RegelingSpan(string xml, string id)
    {
        var start = xml.IndexOf($"<p:regeling p:systeemId=\"{id}\"", StringComparison.Ordinal);
        var end = xml.IndexOf("</p:regeling>", start, StringComparison.Ordinal) + "</p:regeling>".Length;
        return (start, end);
    }
}
