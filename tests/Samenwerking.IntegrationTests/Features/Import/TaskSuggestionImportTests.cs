using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Features.Users;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.IntegrationTests.Features.Import;

/// <summary>
/// Task placements the import suggests from the half national register (decision 0021): for every participating
/// municipality, marked as suggestions with their reason; what an administrator confirmed or rejected survives re-import.
/// </summary>
public sealed class TaskSuggestionImportTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task<ImportReport> ImportHalfAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        return await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
    }

    [Fact]
    public async Task Every_municipality_of_an_imported_veiligheidsregio_has_fire_service_and_ghor_and_public_health_is_no_longer_empty()
    {
        var report = await ImportHalfAsync();

        await using var db = Database.CreateContext();
        var regions = await db.Arrangements.AsNoTracking()
            // The regelingen resting on the Wet veiligheidsregio's (BWBR0027466), GGD-combined ones included.
            .Where(a => a.Links.Any(l => l.Url.Contains("BWBR0027466")) && a.Versions.Any() && a.EndDate == null)
            .Select(a => new
            {
                a.Name,
                Members = a.Memberships.Where(m => m.MunicipalityId != null && m.LeaveDate == null).Select(m => m.MunicipalityId).ToList(),
                Fire = a.TaskPlacements.Where(p => p.MunicipalTask!.Code == "BRANDWEER" && p.EndDate == null).Select(p => p.MunicipalityId).ToList(),
                Ghor = a.TaskPlacements.Where(p => p.MunicipalTask!.Code == "GHOR" && p.EndDate == null && p.IsSuggestion).Select(p => p.MunicipalityId).ToList(),
            })
            .ToListAsync();
        Assert.True(regions.Count >= 12, $"{regions.Count} veiligheidsregio's");
        Assert.All(regions, r => Assert.Superset(r.Members.OfType<int>().ToHashSet(), r.Fire.ToHashSet()));
        Assert.All(regions, r => Assert.Superset(r.Members.OfType<int>().ToHashSet(), r.Ghor.ToHashSet()));

        // The GHOR is the veiligheidsregio's (Wvr art. 10 onder f): never suggested a second time in a GGD beside it.
        Assert.False(await db.TaskPlacements.Where(p => p.MunicipalTask!.Code == "GHOR" && p.EndDate == null)
            .GroupBy(p => p.MunicipalityId).AnyAsync(g => g.Count() > 1));

        var health = await db.TaskPlacements.Where(p => p.MunicipalTask!.Code == "PG" && p.EndDate == null)
            .Select(p => p.MunicipalityId).Distinct().CountAsync();
        Assert.True(health >= 150, $"{health} gemeenten met publieke gezondheidszorg");
        var suggestion = await db.TaskPlacements.FirstAsync(p => p.MunicipalTask!.Code == "PG" && p.IsSuggestion);
        Assert.False(string.IsNullOrWhiteSpace(suggestion.SuggestionReason));
        // Public health sits in GGD regelingen, never in a waste company.
        Assert.False(await db.TaskPlacements.AnyAsync(p => p.MunicipalTask!.Code == "PG" && p.Arrangement!.Name.Contains("fval")));

        // At least 90 % of the current regelingen with municipalities get a task; the others are in the report with why.
        var imported = await db.Arrangements.Where(a => a.Versions.Any() && a.EndDate == null
                && a.Memberships.Any(m => m.MunicipalityId != null && m.LeaveDate == null))
            .Select(a => new { a.Name, HasTask = a.TaskPlacements.Any() }).ToListAsync();
        var without = imported.Where(a => !a.HasTask).ToList();
        Assert.True(without.Count * 10 <= imported.Count, $"{without.Count} van {imported.Count} zonder taak");
        Assert.Equal(without.Count, report.WithoutTask.Count);
        Assert.All(without, a => Assert.Contains(report.WithoutTask, w => w.StartsWith(a.Name, StringComparison.Ordinal)));
        Assert.Contains(report.Lines(), l => l.StartsWith("Voorgestelde taakplaatsingen: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_confirmed_placement_stays_and_a_rejected_suggestion_never_comes_back_and_a_re_import_adds_nothing()
    {
        var first = await ImportHalfAsync();
        Assert.True(first.TaskSuggestionsAdded > 500, $"{first.TaskSuggestionsAdded} voorstellen");

        int confirmedId, rejectedTaskId, rejectedMunicipalityId, rejectedArrangementId;
        await using (var db = Database.CreateContext())
        {
            var suggestions = await db.TaskPlacements.Where(p => p.IsSuggestion && p.MunicipalTask!.Code == "PG").OrderBy(p => p.Id).Take(2).ToListAsync();
            var confirmed = suggestions[0];
            confirmed.IsSuggestion = false;
            confirmed.SuggestionReason = null;
            var rejected = suggestions[1];
            (rejectedTaskId, rejectedMunicipalityId, rejectedArrangementId) = (rejected.MunicipalTaskId, rejected.MunicipalityId, rejected.ArrangementId!.Value);
            var membership = await db.Memberships.SingleAsync(m => m.ArrangementId == rejected.ArrangementId && m.MunicipalityId == rejected.MunicipalityId && m.LeaveDate == null);
            membership.RejectedTaskIds.Add(rejected.MunicipalTaskId);
            db.TaskPlacements.Remove(rejected);
            await db.SaveChangesAsync();
            confirmedId = confirmed.Id;
        }

        var second = await ImportHalfAsync();

        Assert.Equal(0, second.TaskSuggestionsAdded);
        await using var check = Database.CreateContext();
        var kept = await check.TaskPlacements.SingleAsync(p => p.Id == confirmedId);
        Assert.False(kept.IsSuggestion);
        Assert.False(await check.TaskPlacements.AnyAsync(p => p.MunicipalTaskId == rejectedTaskId
            && p.MunicipalityId == rejectedMunicipalityId && p.ArrangementId == rejectedArrangementId));
        Assert.Contains(second.Unchanged, u => u.Length > 0);
    }
}
