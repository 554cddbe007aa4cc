using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Municipalities;

public sealed class MunicipalityQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    public Task<IReadOnlyList<ProvinceOption>> ProvincesAsync(CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => ProvincesAsync(db, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<ProvinceOption>> ProvincesAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        return await db.Provinces.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProvinceOption(p.Code, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The names of the municipalities that exist on the date, for pickers.</summary>
    public Task<IReadOnlyList<string>> NamesAsync(DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => NamesAsync(db, date, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<string>> NamesAsync(RegisterDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        return await db.Municipalities.AsNoTracking().Where(Municipality.ExistsOn(date)).OrderBy(m => m.Name).Select(m => m.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The municipalities that exist on the date, by name or code, optionally in one province.</summary>
    public Task<IReadOnlyList<MunicipalityListItem>> ListAsync(
        string? search, string? provinceCode, DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => ListAsync(db, search, provinceCode, date, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<MunicipalityListItem>> ListAsync(
        RegisterDbContext db, string? search, string? provinceCode, DateOnly date, CancellationToken cancellationToken)
    {
        var active = Membership.ActiveOn(date);
        var query = db.Municipalities.AsNoTracking().Where(Municipality.ExistsOn(date));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var code = Municipality.NormaliseCode(search);
            var pattern = LikePattern.Containing(search);
            query = query.Where(m => EF.Functions.ILike(m.Name, pattern, LikePattern.Escape) || m.Code == code);
        }

        if (!string.IsNullOrEmpty(provinceCode))
        {
            query = query.Where(m => m.ProvinceCode == provinceCode);
        }

        // Counted once for all municipalities and joined: a count per municipality made the planner pick the
        // exclusion constraint's index 342 times.
        var counts = db.Memberships.Where(active).Where(ms => ms.MunicipalityId != null)
            .GroupBy(ms => ms.MunicipalityId)
            .Select(g => new { MunicipalityId = g.Key, Count = g.Count() });
        return await (
                from m in query
                join c in counts on (int?)m.Id equals c.MunicipalityId into joined
                from c in joined.DefaultIfEmpty()
                orderby m.Name
                select new MunicipalityListItem(m.Code, m.Name, m.Province!.Name, (int?)c.Count ?? 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A municipality with the arrangements it takes part in on the date; null when the code is unknown.</summary>
    public async Task<MunicipalityDetail?> DetailAsync(string code, DateOnly date, CancellationToken cancellationToken)
    {
        var normalised = Municipality.NormaliseCode(code);
        if (normalised is null)
        {
            return null;
        }

        return await contextFactory.ReadingAsync(db => DetailAsync(db, normalised, date, cancellationToken), cancellationToken);
    }

    private static async Task<MunicipalityDetail?> DetailAsync(
        RegisterDbContext db, string normalised, DateOnly date, CancellationToken cancellationToken)
    {
        var header = await HeaderQuery(db, normalised, date, cancellationToken);
        if (header is null)
        {
            return null;
        }

        // The tasks it placed in each arrangement are the matrix's placements with that arrangement, in Dutch alphabetical
        // order whatever the database's collation: read as a collection in each arrangement's row, EF Core made a delegate
        // for every arrangement it read.
        var tasks = await TaskQueries.LoadMatrixAsync(db, header.Id, date, cancellationToken);
        var placed = tasks.Rows
            .SelectMany(r => r.Placements.Where(p => p.ArrangementId is not null).Select(p => (Arrangement: p.ArrangementId!.Value, r.Task.Name, p.IsSuggestion)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToLookup(p => p.Arrangement, p => p.IsSuggestion ? $"{p.Name} (voorgesteld)" : p.Name);
        var arrangements = header.Arrangements
            .Select(a => new MunicipalityArrangement(
                a.Id, a.Name, a.ShortName, a.GoalLevel, a.LegalForm, a.IsExample, a.PartnerCount, [.. placed[a.Id]], a.NamedAsFormer, a.GoalLevelSuggestionReason))
            .ToList();
        var sharedWith = await SharedWithQuery(db, [.. header.Arrangements.Select(a => a.Id)], header.Id, date)
            .ToDictionaryAsync(s => s.Code, s => s.Count, cancellationToken: cancellationToken);

        return new MunicipalityDetail(
            header.Code, header.Name, header.Province, header.ValidTo, header.SuccessorCode, header.SuccessorName, arrangements, tasks, sharedWith);
    }

    // The page's two queries are compiled once (decision 0030): built anew at every request, their expression trees, the
    // hashing and the query cache's comparison took a tenth of the page's CPU at ten times the national size. A compiled
    // query takes its values as parameters only, so the period conditions are written out: Membership.InForceOn for the
    // participations, Membership.ActiveOn for the partners and the shared counts.

    /// <summary>The municipality with the arrangements it takes part in on the date: one round trip.</summary>
    private static readonly Func<RegisterDbContext, string, DateOnly, CancellationToken, Task<HeaderRow?>> HeaderQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, string code, DateOnly date, CancellationToken _) =>
            db.Municipalities.AsNoTracking()
                .Where(municipality => municipality.Code == code)
                .Select(municipality => new HeaderRow(
                    municipality.Id,
                    municipality.Code,
                    municipality.Name,
                    municipality.Province!.Name,
                    municipality.ValidTo,
                    municipality.Successor == null ? null : municipality.Successor.Code,
                    municipality.Successor == null ? null : municipality.Successor.Name,
                    db.Memberships
                        .Where(m => m.MunicipalityId == municipality.Id
                            && (m.JoinDate == null || m.JoinDate <= date) && (m.LeaveDate == null || m.LeaveDate > date)
                            && (m.Arrangement!.StartDate == null || m.Arrangement.StartDate <= date)
                            && (m.Arrangement.EndDate == null || m.Arrangement.EndDate > date))
                        .OrderBy(m => m.Arrangement!.Name)
                        .Select(m => new ArrangementRow(
                            m.ArrangementId,
                            m.Arrangement!.Name,
                            m.Arrangement.ShortName,
                            m.Arrangement.GoalLevel,
                            m.Arrangement.LegalForm,
                            m.Arrangement.IsExample,
                            m.Arrangement.Memberships.Count(o => (o.JoinDate == null || o.JoinDate <= date) && (o.LeaveDate == null || o.LeaveDate > date)) - 1,
                            m.FormerMunicipality == null ? null : m.FormerMunicipality.Name,
                            m.Arrangement.GoalLevelIsSuggestion ? m.Arrangement.GoalLevelReason : null))
                        .ToList()))
                .SingleOrDefault());

    /// <summary>
    /// The other municipalities by the number of these arrangements they take part in too, for the map: counted per
    /// municipality first, then joined to their codes. Joined first, the plan PostgreSQL makes once for any list of
    /// arrangements (decision 0032) looked up a municipality for each of some 2,000 memberships at ten times the national
    /// size; counted first, it joins some 300 rows.
    /// </summary>
    private static readonly Func<RegisterDbContext, int[], int, DateOnly, IAsyncEnumerable<SharedRow>> SharedWithQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, int[] arrangementIds, int municipalityId, DateOnly date) =>
            db.Memberships.AsNoTracking()
                .Where(m => (m.JoinDate == null || m.JoinDate <= date) && (m.LeaveDate == null || m.LeaveDate > date)
                    && arrangementIds.Contains(m.ArrangementId) && m.MunicipalityId != null && m.MunicipalityId != municipalityId)
                .GroupBy(m => m.MunicipalityId)
                .Select(g => new { Id = g.Key, Shared = g.Select(m => m.ArrangementId).Distinct().Count() })
                .Join(db.Municipalities, g => g.Id, m => (int?)m.Id, (g, m) => new SharedRow(m.Code, g.Shared)));

    private sealed record HeaderRow(
        int Id, string Code, string Name, string Province, DateOnly? ValidTo, string? SuccessorCode, string? SuccessorName,
        List<ArrangementRow> Arrangements);

    private sealed record ArrangementRow(
        int Id, string Name, string? ShortName, GoalLevel GoalLevel, LegalForm LegalForm, bool IsExample, int PartnerCount,
        string? NamedAsFormer, string? GoalLevelSuggestionReason);

    private sealed record SharedRow(string Code, int Count);
}
