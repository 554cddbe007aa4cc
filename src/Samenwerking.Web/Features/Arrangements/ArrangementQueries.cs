using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed class ArrangementQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    private const string PolicyAreaKind = "beleidsterrein";
    private const string ProvinceKind = "provincie";
    private const string MunicipalityKind = "gemeente";

    /// <summary>The arrangements that apply on the date, filtered, sorted and paged; in three round trips.</summary>
    public Task<ArrangementListResult> ListAsync(
        ArrangementFilter filter, DateOnly date, CancellationToken cancellationToken, bool withOptions = true) =>
        contextFactory.ReadingAsync(db => ListAsync(db, filter, date, withOptions, cancellationToken), cancellationToken);

    private static async Task<ArrangementListResult> ListAsync(
        RegisterDbContext db, ArrangementFilter filter, DateOnly date, bool withOptions, CancellationToken cancellationToken)
    {
        var query = Filtered(db, filter, date);
        var total = await query.CountAsync(cancellationToken);

        var active = Membership.ActiveOn(date);
        var pageSize = Math.Clamp(filter.PageSize, 1, ArrangementFilter.MaxPageSize);
        var page = Math.Max(filter.Page, 1);
        // A page number far beyond the last (as typed in an address) skips everything rather than overflowing.
        var skip = (int)Math.Min((page - 1L) * pageSize, int.MaxValue);
        var items = await Sorted(query, filter, active)
            .Skip(skip)
            .Take(pageSize)
            .Select(a => new ArrangementListItem(
                a.Id, a.Name, a.ShortName, a.GoalLevel, a.LegalForm, a.Seat, a.StartDate,
                a.Memberships.AsQueryable().Count(active),
                a.IsExample))
            .ToListAsync(cancellationToken);

        var options = withOptions ? await OptionsAsync(db, date, cancellationToken) : new ArrangementFilterOptions([], [], []);
        return new ArrangementListResult(items, total, options);
    }

    /// <summary>Every arrangement the filter selects, in its order, for a download.</summary>
    public Task<IReadOnlyList<ArrangementListItem>> AllAsync(ArrangementFilter filter, DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => AllAsync(db, filter, date, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<ArrangementListItem>> AllAsync(
        RegisterDbContext db, ArrangementFilter filter, DateOnly date, CancellationToken cancellationToken)
    {
        var active = Membership.ActiveOn(date);
        return await Sorted(Filtered(db, filter, date), filter, active)
            .Select(a => new ArrangementListItem(
                a.Id, a.Name, a.ShortName, a.GoalLevel, a.LegalForm, a.Seat, a.StartDate, a.Memberships.AsQueryable().Count(active), a.IsExample))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An arrangement with its participants over time and its task placements; null when the id is unknown.</summary>
    public Task<ArrangementDetail?> DetailAsync(int id, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => DetailAsync(db, id, cancellationToken), cancellationToken);

    private static async Task<ArrangementDetail?> DetailAsync(RegisterDbContext db, int id, CancellationToken cancellationToken)
    {
        var arrangement = await db.Arrangements.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, a.GoalLevel, a.GoalLevelIsSuggestion, a.GoalLevelReason, a.LegalForm, a.Purpose, a.PublicInterest,
                a.Seat, a.Address, a.StartDate, a.EndDate, a.NationalRegisterId, a.IsExample,
                CentralCode = a.CentralMunicipality == null ? null : a.CentralMunicipality.Code,
                CentralName = a.CentralMunicipality == null ? null : a.CentralMunicipality.Name,
                PolicyAreas = a.PolicyAreas.OrderBy(p => p.Code).Select(p => p.Name).ToList(),
                Links = a.Links.OrderBy(l => l.Title).Select(l => new LinkItem(l.Title, l.Url, l.Kind)).ToList(),
                Powers = a.Powers.OrderBy(p => p.Id).Select(p => new PowerItem(p.Description, p.Acquisition, p.LegalBasis)).ToList(),
                a.PowerAcquisitions,
                Versions = a.Versions.OrderBy(v => v.StartDate).ThenBy(v => v.Id)
                    .Select(v => new VersionItem(v.NationalRegisterId, v.Title, v.StartDate, v.EndDate, v.PublicationUrl)).ToList(),
            })
            // One round trip: these lists are short, so their cross product stays small.
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (arrangement is null)
        {
            return null;
        }

        var participants = await db.Memberships.AsNoTracking()
            .Where(m => m.ArrangementId == id)
            .OrderBy(m => m.MunicipalityId == null)
            .ThenBy(m => m.Municipality == null ? m.Organisation!.Name : m.Municipality.Name)
            .ThenBy(m => m.JoinDate)
            .Select(m => new ParticipantItem(
                m.Municipality == null ? null : m.Municipality.Code,
                m.Municipality == null ? m.Organisation!.Name : m.Municipality.Name,
                m.JoinDate, m.LeaveDate, m.CostSharePercentage, m.GoverningBodies,
                m.FormerMunicipality == null ? null : new FormerMunicipalityItem(m.FormerMunicipality.Code, m.FormerMunicipality.Name,
                    m.FormerMunicipality.ValidTo, m.FormerMunicipality.Successor!.Code, m.FormerMunicipality.Successor.Name),
                m.Municipality == null || m.Municipality.ValidTo == null ? null : new FormerMunicipalityItem(m.Municipality.Code,
                    m.Municipality.Name, m.Municipality.ValidTo, m.Municipality.Successor!.Code, m.Municipality.Successor.Name),
                m.AdministrativeInterest, m.FinancialInterests, m.InterestsAreSuggestion))
            .ToListAsync(cancellationToken);

        var placements = await db.TaskPlacements.AsNoTracking()
            .Where(p => p.ArrangementId == id)
            .OrderBy(p => p.MunicipalTask!.Name)
            .ThenBy(p => p.Municipality!.Name)
            .Select(p => new PlacementItem(
                p.MunicipalTask!.Name, p.MunicipalTaskId, p.Municipality!.Code, p.Municipality.Name, p.StartDate, p.EndDate, p.IsSuggestion))
            .ToListAsync(cancellationToken);

        // The published text of the regeling comes first: it is the link users want.
        var links = arrangement.Links.OrderBy(l => l.Kind != LinkKind.Regeling).ThenBy(l => l.Kind).ThenBy(l => l.Title, StringComparer.CurrentCulture).ToList();
        return new ArrangementDetail(
            arrangement.Id, arrangement.Name, arrangement.ShortName, arrangement.GoalLevel, arrangement.GoalLevelIsSuggestion,
            arrangement.GoalLevelReason, arrangement.LegalForm, arrangement.Purpose, arrangement.PublicInterest,
            arrangement.Seat, arrangement.Address, arrangement.CentralCode, arrangement.CentralName, arrangement.StartDate, arrangement.EndDate,
            arrangement.NationalRegisterId, arrangement.IsExample, arrangement.PolicyAreas, links, arrangement.Powers,
            arrangement.PowerAcquisitions, participants, placements, arrangement.Versions);
    }

    /// <summary>The arrangement's recorded changes, newest first.</summary>
    public Task<IReadOnlyList<ChangeItem>> HistoryAsync(int id, int limit, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => HistoryAsync(db, id, limit, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<ChangeItem>> HistoryAsync(RegisterDbContext db, int id, int limit, CancellationToken cancellationToken)
    {
        return await db.ChangeRecords.AsNoTracking()
            .Where(c => c.ArrangementId == id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Take(limit)
            .Select(c => new ChangeItem(c.At, c.UserName, c.EntityType, c.Action, c.Changes))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<Arrangement> Filtered(RegisterDbContext db, ArrangementFilter filter, DateOnly date)
    {
        var active = Membership.ActiveOn(date);
        var query = db.Arrangements.AsNoTracking()
            .Where(a => (a.StartDate == null || a.StartDate <= date) && (a.EndDate == null || a.EndDate > date));

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = LikePattern.Containing(filter.Search);
            query = query.Where(a => EF.Functions.ILike(a.Name, pattern, LikePattern.Escape)
                || (a.ShortName != null && EF.Functions.ILike(a.ShortName, pattern, LikePattern.Escape)));
        }

        if (filter.LegalForm is { } legalForm)
        {
            query = query.Where(a => a.LegalForm == legalForm);
        }

        if (filter.GoalLevel is { } goalLevel)
        {
            query = query.Where(a => a.GoalLevel == goalLevel);
        }

        if (!string.IsNullOrEmpty(filter.PolicyAreaCode))
        {
            query = query.Where(a => a.PolicyAreas.Any(p => p.Code == filter.PolicyAreaCode));
        }

        if (!string.IsNullOrEmpty(filter.ProvinceCode))
        {
            query = query.Where(a => a.Memberships.AsQueryable().Where(active)
                .Any(m => m.Municipality != null && m.Municipality.ProvinceCode == filter.ProvinceCode));
        }

        if (!string.IsNullOrEmpty(filter.MunicipalityCode))
        {
            query = query.Where(a => a.Memberships.AsQueryable().Where(active)
                .Any(m => m.Municipality != null && m.Municipality.Code == filter.MunicipalityCode));
        }

        return query;
    }

    private static IQueryable<Arrangement> Sorted(
        IQueryable<Arrangement> query, ArrangementFilter filter, System.Linq.Expressions.Expression<Func<Membership, bool>> active)
    {
        IOrderedQueryable<Arrangement> sorted = (filter.Sort, filter.Descending) switch
        {
            (ArrangementSort.Doel, false) => query.OrderBy(a => a.GoalLevel == GoalLevel.Strategisch ? 0 : a.GoalLevel == GoalLevel.Tactisch ? 1 : 2),
            (ArrangementSort.Doel, true) => query.OrderByDescending(a => a.GoalLevel == GoalLevel.Strategisch ? 0 : a.GoalLevel == GoalLevel.Tactisch ? 1 : 2),
            (ArrangementSort.Vorm, false) => query.OrderBy(a => a.LegalForm),
            (ArrangementSort.Vorm, true) => query.OrderByDescending(a => a.LegalForm),
            (ArrangementSort.Deelnemers, false) => query.OrderBy(a => a.Memberships.AsQueryable().Count(active)),
            (ArrangementSort.Deelnemers, true) => query.OrderByDescending(a => a.Memberships.AsQueryable().Count(active)),
            (ArrangementSort.Start, false) => query.OrderBy(a => a.StartDate),
            (ArrangementSort.Start, true) => query.OrderByDescending(a => a.StartDate),
            (_, true) => query.OrderByDescending(a => a.Name),
            _ => query.OrderBy(a => a.Name),
        };

        // A stable order, so paging neither skips nor repeats rows.
        return filter.Sort == ArrangementSort.Naam ? sorted.ThenBy(a => a.Id) : sorted.ThenBy(a => a.Name).ThenBy(a => a.Id);
    }

    /// <summary>All filter options in one round trip.</summary>
    private static async Task<ArrangementFilterOptions> OptionsAsync(RegisterDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var options = await db.PolicyAreas.Select(p => new { Kind = PolicyAreaKind, p.Code, p.Name })
            .Concat(db.Provinces.Select(p => new { Kind = ProvinceKind, p.Code, p.Name }))
            .Concat(db.Municipalities.Where(Municipality.ExistsOn(date)).Select(m => new { Kind = MunicipalityKind, m.Code, m.Name }))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        List<FilterOption> Of(string kind, Func<FilterOption, string> orderBy) =>
            options.Where(o => o.Kind == kind).Select(o => new FilterOption(o.Code, o.Name)).OrderBy(orderBy, StringComparer.Ordinal).ToList();

        return new ArrangementFilterOptions(Of(PolicyAreaKind, o => o.Code), Of(ProvinceKind, o => o.Name), Of(MunicipalityKind, o => o.Name));
    }
}
