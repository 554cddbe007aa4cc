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

        return await contextFactory.ReadingAsync(db => ForMunicipalityAsync(db, normalised, date, cancellationToken), cancellationToken);
    }

    private static async Task<MunicipalityCongruence?> ForMunicipalityAsync(
        RegisterDbContext db, string normalised, DateOnly date, CancellationToken cancellationToken)
    {
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
    /// The matrix of a region: its municipalities × every arrangement in which at least two of them take part. A region
    /// is a province (key <c>PV26</c>) or the municipalities taking part in an arrangement (key: its id, e.g. a
    /// veiligheidsregio, which is then left out of the columns). Null when the key is unknown.
    /// </summary>
    public Task<RegionMatrix?> RegionAsync(string key, DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => RegionAsync(db, key, date, cancellationToken), cancellationToken);

    private static async Task<RegionMatrix?> RegionAsync(RegisterDbContext db, string key, DateOnly date, CancellationToken cancellationToken)
    {
        var region = await RegionMembersAsync(db, key, date, cancellationToken);
        if (region is null)
        {
            return null;
        }

        var (name, members, arrangementId) = region.Value;
        var memberIds = members.Select(m => m.Id).ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(Membership.InForceOn(date))
            .Where(m => m.MunicipalityId != null && memberIds.Contains(m.MunicipalityId.Value) && m.ArrangementId != arrangementId)
            .Select(m => new { m.ArrangementId, m.Arrangement!.Name, m.Arrangement.LegalForm, MunicipalityId = m.MunicipalityId!.Value })
            .ToListAsync(cancellationToken);

        var columns = memberships.GroupBy(m => (m.ArrangementId, m.Name, m.LegalForm))
            .Where(g => g.Select(m => m.MunicipalityId).Distinct().Count() >= 2)
            .Select(g => new RegionArrangement(g.Key.ArrangementId, g.Key.Name, g.Key.LegalForm, g.Select(m => m.MunicipalityId).ToHashSet()))
            .OrderByDescending(a => a.MemberIds.Count).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        return new RegionMatrix(key, name, date, members, columns);
    }

    private static async Task<(string Name, List<RegionMember> Members, int? ArrangementId)?> RegionMembersAsync(
        RegisterDbContext db, string key, DateOnly date, CancellationToken cancellationToken)
    {
        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            var active = Membership.ActiveOn(date);
            var arrangement = await db.Arrangements.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new
                {
                    a.Name,
                    Members = a.Memberships.AsQueryable().Where(active).Where(m => m.MunicipalityId != null)
                        .OrderBy(m => m.Municipality!.Name)
                        .Select(m => new RegionMember(m.MunicipalityId!.Value, m.Municipality!.Code, m.Municipality.Name)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return arrangement is null ? null : (arrangement.Name, arrangement.Members, id);
        }

        var provinceCode = key.ToUpperInvariant();
        var province = await db.Provinces.AsNoTracking().Where(p => p.Code == provinceCode)
            .Select(p => new
            {
                p.Name,
                Members = db.Municipalities.Where(Municipality.ExistsOn(date)).Where(m => m.ProvinceCode == p.Code)
                    .OrderBy(m => m.Name).Select(m => new RegionMember(m.Id, m.Code, m.Name)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return province is null ? null : ($"Provincie {province.Name}", province.Members, null);
    }

    /// <summary>What can be picked as a region: the veiligheidsregio's (they carry brandweerzorg) and the provinces.</summary>
    public Task<IReadOnlyList<RegionOption>> RegionsAsync(DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => RegionsAsync(db, date, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<RegionOption>> RegionsAsync(RegisterDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var safetyRegions = await db.Arrangements.AsNoTracking()
            .Where(a => (a.EndDate == null || a.EndDate > date)
                && a.TaskPlacements.Any(p => p.MunicipalTask!.Name == "Brandweerzorg"))
            .OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken);
        return
        [
            .. safetyRegions.Select(r => new RegionOption(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name, "Veiligheidsregio's")),
            .. provinces.Select(p => new RegionOption(p.Code, $"Provincie {p.Name}", "Provincies")),
        ];
    }
}
