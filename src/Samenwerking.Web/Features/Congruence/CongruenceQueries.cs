using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Congruence;

/// <summary>Congruence of one municipality (four queries) and the matrix of a region (two queries).</summary>
public sealed class CongruenceQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    /// <summary>The municipality's partners and per field the congruence; null when the code is unknown.</summary>
    public async Task<MunicipalityCongruence?> ForMunicipalityAsync(string code, DateOnly date, CancellationToken cancellationToken)
    {
        var normalised = Municipality.NormaliseCode(code);
        if (normalised is null)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var header = await db.Municipalities.AsNoTracking().Where(m => m.Code == normalised)
            .Select(m => new { m.Id, m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var active = Membership.ActiveOn(date);
        var arrangements = await db.Memberships.AsNoTracking().Where(Membership.InForceOn(date))
            .Where(m => m.MunicipalityId == header.Id)
            .Select(m => new { m.Arrangement!.Id, m.Arrangement.Name, Areas = m.Arrangement.PolicyAreas.Select(p => new { p.Code, p.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var ids = arrangements.Select(a => a.Id).ToList();

        var members = await db.Memberships.AsNoTracking().Where(active)
            .Where(m => ids.Contains(m.ArrangementId) && m.MunicipalityId != null && m.MunicipalityId != header.Id)
            .Select(m => new { m.ArrangementId, m.Municipality!.Code, m.Municipality.Name })
            .ToListAsync(cancellationToken);

        var taakvelden = await db.TaskPlacements.AsNoTracking().Where(TaskPlacement.ActiveOn(date))
            .Where(p => p.MunicipalityId == header.Id && p.ArrangementId != null)
            .Select(p => new { ArrangementId = p.ArrangementId!.Value, p.MunicipalTask!.Taakveld })
            .Distinct()
            .ToListAsync(cancellationToken);

        var partnersOf = members.GroupBy(m => m.ArrangementId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(m => m.Code).ToHashSet());
        var names = members.DistinctBy(m => m.Code).ToDictionary(m => m.Code, m => m.Name);
        IReadOnlySet<string> PartnersOf(int id) => partnersOf.GetValueOrDefault(id) ?? new HashSet<string>();

        FieldCongruence Field(string title, bool social, IEnumerable<int> arrangementIds)
        {
            var inField = arrangements.Where(a => arrangementIds.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.CurrentCulture)
                .Select(a => new FieldArrangement(a.Id, a.Name, PartnersOf(a.Id).Count)).ToList();
            var sets = inField.Select(a => PartnersOf(a.Id)).ToList();
            var core = sets.Count < 2 ? [] : sets.Skip(1).Aggregate(sets[0].AsEnumerable(), (c, s) => c.Intersect(s))
                .Select(c => names[c]).Order(StringComparer.CurrentCulture).ToList();
            return new FieldCongruence(title, social, inField, CongruenceScore.Of(sets), core);
        }

        var fields = new List<FieldCongruence>();
        fields.AddRange(SocialDomain.Themes.Select(theme => Field($"Sociaal domein: {theme.Theme}", true,
            taakvelden.Where(t => theme.Taakvelden.Contains(t.Taakveld)).Select(t => t.ArrangementId).Distinct().ToList())));
        fields.AddRange(arrangements.SelectMany(a => a.Areas).DistinctBy(p => p.Code).OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(area => Field(area.Name, area.Code == "6", arrangements.Where(a => a.Areas.Any(p => p.Code == area.Code)).Select(a => a.Id).ToList())));

        var partners = members.GroupBy(m => m.Code)
            .Select(g => new Partner(g.Key, names[g.Key], g.Select(m => m.ArrangementId).Distinct().Count()))
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MunicipalityCongruence(header.Code, header.Name, date, arrangements.Count, partners, fields);
    }

    /// <summary>
    /// The matrix of a region: the municipalities that take part in the arrangement that defines it (a
    /// veiligheidsregio, say) × every arrangement in which at least two of them take part. Null when unknown.
    /// </summary>
    public async Task<RegionMatrix?> RegionAsync(int regionArrangementId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = Membership.ActiveOn(date);
        var region = await db.Arrangements.AsNoTracking().Where(a => a.Id == regionArrangementId)
            .Select(a => new
            {
                a.Id,
                a.Name,
                Members = a.Memberships.AsQueryable().Where(active).Where(m => m.MunicipalityId != null)
                    .OrderBy(m => m.Municipality!.Name).Select(m => new RegionMember(m.MunicipalityId!.Value, m.Municipality!.Code, m.Municipality.Name)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return null;
        }

        var memberIds = region.Members.Select(m => m.Id).ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(Membership.InForceOn(date))
            .Where(m => m.MunicipalityId != null && memberIds.Contains(m.MunicipalityId.Value) && m.ArrangementId != regionArrangementId)
            .Select(m => new { m.ArrangementId, m.Arrangement!.Name, m.Arrangement.LegalForm, MunicipalityId = m.MunicipalityId!.Value })
            .ToListAsync(cancellationToken);

        var columns = memberships.GroupBy(m => (m.ArrangementId, m.Name, m.LegalForm))
            .Where(g => g.Select(m => m.MunicipalityId).Distinct().Count() >= 2)
            .Select(g => new RegionArrangement(g.Key.ArrangementId, g.Key.Name, g.Key.LegalForm, g.Select(m => m.MunicipalityId).ToHashSet()))
            .OrderByDescending(a => a.MemberIds.Count).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return new RegionMatrix(region.Id, region.Name, date, region.Members, columns);
    }

    /// <summary>The arrangements that can define a region: the veiligheidsregio's (they carry brandweerzorg).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> RegionsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regions = await db.Arrangements.AsNoTracking()
            .Where(a => (a.EndDate == null || a.EndDate > date)
                && a.TaskPlacements.Any(p => p.MunicipalTask!.Name == "Brandweerzorg"))
            .OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(cancellationToken);
        return regions.Select(r => (r.Id, r.Name)).ToList();
    }
}
