using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Imports the current regelingen of the national GR-register: adds new ones, updates changed ones (following the
/// version chain, so a new version is the same arrangement), ends those that disappeared, links arrangements that
/// were entered by hand, and records every change. All or nothing: a broken file or a refused save changes nothing.
/// </summary>
public sealed class RooImporter(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public const string UserName = "import landelijk GR-register";

    private const double SameMembers = 0.8;

    public async Task<ImportReport> ImportAsync(Stream stream, CancellationToken cancellationToken)
    {
        var regelingen = await RooReader.ReadAsync(stream, cancellationToken);
        var today = Peildatum.Today(clock);
        var now = clock.GetUtcNow();
        var report = new ImportReport();
        var versions = regelingen.GroupBy(r => r.SystemId).ToDictionary(g => g.Key, g => g.First());
        var current = versions.Values.Where(r => r.IsCurrentOn(today)).ToList();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lookups = await ImportLookups.LoadAsync(db, cancellationToken);
        var arrangements = await db.Arrangements
            .Where(a => !a.IsExample)
            .Include(a => a.Memberships).Include(a => a.TaskPlacements).Include(a => a.PolicyAreas)
            .Include(a => a.Links).Include(a => a.Powers).Include(a => a.CentralMunicipality)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var byNationalId = arrangements.Where(a => a.NationalRegisterId is not null).ToDictionary(a => a.NationalRegisterId!);
        var imported = new HashSet<Arrangement>();
        var outcomes = new List<(Arrangement Arrangement, string Line, bool IsNew)>();

        foreach (var regeling in current)
        {
            var chain = Chain(regeling, versions);
            var arrangement = chain.Select(v => byNationalId.GetValueOrDefault(v.SystemId)).FirstOrDefault(a => a is not null)
                ?? Match(regeling, arrangements.Where(a => a.NationalRegisterId is null && !imported.Contains(a)), report);
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
            RooMapping.Apply(regeling, arrangement, chain, lookups, today, report);
            outcomes.Add((arrangement, $"{regeling.Title} ({regeling.SystemId})", isNew));
        }

        foreach (var gone in byNationalId.Values.Where(a => !imported.Contains(a) && (a.EndDate is null || a.EndDate > today)))
        {
            var end = versions.GetValueOrDefault(gone.NationalRegisterId!)?.EndDate is { } ended && ended <= today ? ended : today;
            End(gone, end);
            report.Ended.Add($"{gone.Name} ({gone.NationalRegisterId}) per {end:yyyy-MM-dd}");
        }

        // One look at what changed and one save: per-arrangement saves made the tracker's work grow with the square.
        var log = ChangeLog.Capture(db, []);
        foreach (var (arrangement, line, isNew) in outcomes)
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

    /// <summary>This version and every earlier and later one the file links it to.</summary>
    private static List<RooRegeling> Chain(RooRegeling regeling, Dictionary<string, RooRegeling> versions)
    {
        var chain = new List<RooRegeling> { regeling };
        var ids = new HashSet<string> { regeling.SystemId };
        for (var i = 0; i < chain.Count; i++)
        {
            foreach (var linked in new[] { chain[i].PreviousVersionId, chain[i].NextVersionId }.OfType<string>())
            {
                if (ids.Add(linked))
                {
                    chain.Add(versions.TryGetValue(linked, out var version)
                        ? version
                        : chain[i] with { SystemId = linked, PreviousVersionId = null, NextVersionId = null });
                }
            }
        }

        return chain;
    }

    /// <summary>An arrangement without a national id whose name and members agree; a near miss goes in the report.</summary>
    private static Arrangement? Match(RooRegeling regeling, IEnumerable<Arrangement> candidates, ImportReport report)
    {
        var title = Normalise(regeling.Title);
        var codes = regeling.Participants.Where(p => p.TooiKind == "gemeente").Select(p => p.TooiCode).OfType<string>().ToHashSet();
        foreach (var candidate in candidates)
        {
            var name = Normalise(candidate.Name);
            var members = candidate.Memberships.Where(m => m.Municipality is not null && m.LeaveDate is null).Select(m => m.Municipality!.Code).ToHashSet();
            var overlap = members.Count + codes.Count == 0 ? 0 : (double)members.Intersect(codes).Count() / members.Union(codes).Count();
            var sameName = title.Contains(name, StringComparison.Ordinal) || name.Contains(title, StringComparison.Ordinal);
            if (sameName && overlap >= SameMembers)
            {
                report.Linked.Add($"{candidate.Name} ↔ {regeling.Title} ({regeling.SystemId})");
                return candidate;
            }

            if (sameName || overlap >= SameMembers)
            {
                report.Doubtful.Add($"{regeling.Title} ({regeling.SystemId}) lijkt op {candidate.Name}: " +
                    (sameName ? $"de naam klopt, maar {overlap:P0} van de gemeenten komt overeen." : $"{overlap:P0} van de gemeenten komt overeen, maar de naam niet."));
            }
        }

        return null;
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

    private static string Normalise(string name) => string.Join(' ', name.ToLowerInvariant()
        .Replace("gemeenschappelijke regeling", "", StringComparison.Ordinal)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
