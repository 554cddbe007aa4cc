using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Imports the current regelingen of the national GR-register: adds new ones, updates changed ones (following the
/// version chain, so a new version is the same arrangement), ends those that disappeared, links arrangements that
/// were entered by hand or seeded, removes the examples (a register with real data shows none) and records every
/// change. All or nothing: a broken file or a refused save changes nothing. Only a beheerder (or the operator) imports.
/// </summary>
public sealed class RooImporter(IDbContextFactory<RegisterDbContext> contextFactory, AccessCheck access, TimeProvider clock)
{
    public const string UserName = "import landelijk GR-register";

    /// <exception cref="UnauthorizedAccessException">The user is no beheerder (any more).</exception>
    public async Task<ImportReport> ImportAsync(Stream stream, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.HoldsAsync(user, Roles.Beheerder, cancellationToken))
        {
            throw new UnauthorizedAccessException("Alleen een beheerder mag het landelijk GR-register inlezen. Is uw rol net gewijzigd? Log dan opnieuw in.");
        }

        var export = await RooReader.ReadAsync(stream, cancellationToken);
        return await contextFactory.RetryingAsync(() => ImportOnceAsync(export, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt, from reading the register to the commit: a transient failure runs it all again.</summary>
    private async Task<ImportReport> ImportOnceAsync(RooExport export, CancellationToken cancellationToken)
    {
        var regelingen = export.Regelingen;
        var today = Peildatum.Today(clock);
        var now = clock.GetUtcNow();
        var report = new ImportReport();
        var versions = regelingen.GroupBy(r => r.SystemId).ToDictionary(g => g.Key, g => g.First());
        var current = versions.Values.Where(r => r.IsCurrentOn(today)).ToList();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lookups = await ImportLookups.LoadAsync(db, cancellationToken);
        await RemoveExamplesAsync(db, report, cancellationToken);
        var arrangements = await db.Arrangements
            .Where(a => !a.IsExample)
            .Include(a => a.Memberships).Include(a => a.TaskPlacements).Include(a => a.PolicyAreas)
            .Include(a => a.Links).Include(a => a.Powers).Include(a => a.Versions).Include(a => a.CentralMunicipality)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var confirmed = await TaskPlacementSuggestions.ConfirmedAsync(db, cancellationToken);
        var byNationalId = arrangements.Where(a => a.NationalRegisterId is not null).ToDictionary(a => a.NationalRegisterId!);
        // Every version an arrangement knows identifies it too: a seeded or earlier import may hold an older version's id.
        foreach (var arrangement in arrangements)
        {
            foreach (var version in arrangement.Versions)
            {
                byNationalId.TryAdd(version.NationalRegisterId, arrangement);
            }
        }

        var imported = new HashSet<Arrangement>();
        var outcomes = new List<(Arrangement Arrangement, RooRegeling Regeling, string Line, bool IsNew)>();

        // Newest first: where the file holds two versions in force of one regeling, the newest one is the arrangement.
        foreach (var regeling in current.OrderByDescending(r => r.StartDate))
        {
            var chain = VersionChain.Of(regeling, versions);
            var arrangement = chain.Ids.Select(byNationalId.GetValueOrDefault).FirstOrDefault(a => a is not null);
            if (arrangement is not null && arrangement.Versions.Count == 0 && !imported.Contains(arrangement))
            {
                report.Linked.Add($"{arrangement.Name} ↔ {regeling.Title} ({regeling.SystemId}): gekoppeld op de landelijke identiteit.");
            }

            arrangement ??= ArrangementMatch.Find(regeling, arrangements.Where(a => a.NationalRegisterId is null && !imported.Contains(a)), report);
            if (arrangement is not null && imported.Contains(arrangement))
            {
                report.Skipped.Add($"{regeling.Title} ({regeling.SystemId}): een tweede geldende versie van dezelfde regeling.");
                continue;
            }

            var isNew = arrangement is null;
            if (arrangement is null)
            {
                arrangement = new Arrangement { Name = regeling.Title };
                db.Arrangements.Add(arrangement);
            }

            imported.Add(arrangement);
            RooMapping.Apply(regeling, arrangement, chain, export, lookups, today, report);
            foreach (var id in chain.Ids)
            {
                byNationalId.TryAdd(id, arrangement);
            }

            TaskPlacementSuggestions.Apply(regeling, arrangement, lookups, confirmed, today, db, report);
            outcomes.Add((arrangement, regeling, $"{regeling.Title} ({regeling.SystemId})", isNew));
        }

        // Only what an earlier import brought in ends when the export no longer has it as current: an arrangement that
        // carries a national id but never came from an import (seeded, or typed in) is left alone when a file lacks it.
        foreach (var gone in arrangements.Where(a => a.NationalRegisterId is not null && a.Versions.Count > 0 && !imported.Contains(a)
            && (a.EndDate is null || a.EndDate > today)))
        {
            var end = versions.GetValueOrDefault(gone.NationalRegisterId!)?.EndDate is { } ended && ended <= today ? ended : today;
            End(gone, end);
            report.Ended.Add($"{gone.Name} ({gone.NationalRegisterId}) per {end:yyyy-MM-dd}");
        }

        // One look at what changed and one save: per-arrangement saves made the tracker's work grow with the square.
        var log = ChangeLog.Capture(db, []);
        foreach (var (arrangement, _, line, isNew) in outcomes)
        {
            var changed = isNew || log.TouchedArrangements.Contains(arrangement.Id);
            (isNew ? report.Added : changed ? report.Updated : report.Unchanged).Add(line);
            if (changed)
            {
                arrangement.UpdatedAt = now;
                arrangement.UpdatedBy = UserName;
            }
        }

        if (!log.IsEmpty)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeRecords.AddRange(log.Records(UserName, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Examples are a demo: once real data comes in, they go, with everything that hangs on them.</summary>
    private static async Task RemoveExamplesAsync(RegisterDbContext db, ImportReport report, CancellationToken cancellationToken)
    {
        var examples = await db.Arrangements.Where(a => a.IsExample).ToListAsync(cancellationToken);
        report.ExamplesRemoved.AddRange(examples.Select(e => e.Name).Order(StringComparer.CurrentCulture));
        db.Arrangements.RemoveRange(examples);
    }

    private static void End(Arrangement arrangement, DateOnly end)
    {
        var ended = Periods.EndOn(arrangement.StartDate, end);
        arrangement.EndDate = ended;
        foreach (var membership in arrangement.Memberships.Where(m => m.LeaveDate is null || m.LeaveDate > ended))
        {
            membership.LeaveDate = Periods.EndOn(membership.JoinDate, ended);
        }

        foreach (var placement in arrangement.TaskPlacements.Where(p => p.EndDate is null || p.EndDate > ended))
        {
            placement.EndDate = Periods.EndOn(placement.StartDate, ended);
        }
    }
}
