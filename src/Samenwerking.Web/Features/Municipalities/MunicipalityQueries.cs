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
        var activeMembership = Membership.ActiveOn(date);
        var activePlacement = TaskPlacement.ActiveOn(date);
        // The municipality with its arrangements: one round trip.
        var header = await db.Municipalities.AsNoTracking()
            .Where(m => m.Code == normalised)
            .Select(municipality => new
            {
                municipality.Id,
                municipality.Code,
                municipality.Name,
                Province = municipality.Province!.Name,
                municipality.ValidTo,
                SuccessorCode = municipality.Successor == null ? null : municipality.Successor.Code,
                SuccessorName = municipality.Successor == null ? null : municipality.Successor.Name,
                Arrangements = db.Memberships
                    .Where(Membership.InForceOn(date))
                    .Where(m => m.MunicipalityId == municipality.Id)
                    .OrderBy(m => m.Arrangement!.Name)
                    .Select(m => new MunicipalityArrangement(
                        m.ArrangementId,
                        m.Arrangement!.Name,
                        m.Arrangement.ShortName,
                        m.Arrangement.GoalLevel,
                        m.Arrangement.LegalForm,
                        m.Arrangement.IsExample,
                        m.Arrangement.Memberships.AsQueryable().Where(activeMembership).Count() - 1,
                        m.Arrangement.TaskPlacements.AsQueryable().Where(activePlacement)
                            .Where(p => p.MunicipalityId == municipality.Id)
                            .OrderBy(p => p.MunicipalTask!.Name)
                            .Select(p => p.IsSuggestion ? p.MunicipalTask!.Name + " (voorgesteld)" : p.MunicipalTask!.Name)
                            .ToList(),
                        m.FormerMunicipality == null ? null : m.FormerMunicipality.Name,
                        m.Arrangement.GoalLevelIsSuggestion ? m.Arrangement.GoalLevelReason : null))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var arrangements = header.Arrangements;
        var tasks = await TaskQueries.LoadMatrixAsync(db, header.Id, date, cancellationToken);

        // The other municipalities by the number of these arrangements they take part in too, for the map: counted per
        // municipality first, then joined to their codes. Joined first, the plan PostgreSQL makes once for any list of
        // arrangements (decision 0032) looked up a municipality for each of some 2,000 memberships at ten times the
        // national size; counted first, it joins some 300 rows.
        var ids = arrangements.Select(a => a.Id).ToList();
        var sharedWith = await db.Memberships.AsNoTracking()
            .Where(activeMembership)
            .Where(m => ids.Contains(m.ArrangementId) && m.MunicipalityId != null && m.MunicipalityId != header.Id)
            .GroupBy(m => m.MunicipalityId)
            .Select(g => new { Id = g.Key, Shared = g.Select(m => m.ArrangementId).Distinct().Count() })
            .Join(db.Municipalities, g => g.Id, m => (int?)m.Id, (g, m) => new { m.Code, g.Shared })
            .ToDictionaryAsync(g => g.Code, g => g.Shared, cancellationToken);

        return new MunicipalityDetail(
            header.Code, header.Name, header.Province, header.ValidTo, header.SuccessorCode, header.SuccessorName, arrangements, tasks, sharedWith);
    }
}
