using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Compare;

/// <summary>The comparison of municipalities named by code or name, in three queries.</summary>
public sealed class CompareQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    public const int MaxMunicipalities = 4;

    public Task<Comparison> CompareAsync(IReadOnlyList<string> terms, DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => CompareAsync(db, terms, date, cancellationToken), cancellationToken);

    private static async Task<Comparison> CompareAsync(
        RegisterDbContext db, IReadOnlyList<string> terms, DateOnly date, CancellationToken cancellationToken)
    {
        var wanted = terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxMunicipalities).ToList();
        var codes = wanted.Select(Municipality.NormaliseCode).OfType<string>().ToList();
        var names = wanted.Select(t => t.ToLowerInvariant()).ToList();

        var found = await db.Municipalities.AsNoTracking()
            .Where(m => codes.Contains(m.Code) || names.Contains(m.Name.ToLower()))
            .Select(m => new ComparedMunicipality(m.Id, m.Code, m.Name))
            .ToListAsync(cancellationToken);
        var matches = wanted.Select(t => (Term: t, Municipality: found.FirstOrDefault(m =>
            m.Code == Municipality.NormaliseCode(t) || string.Equals(m.Name, t, StringComparison.OrdinalIgnoreCase)))).ToList();
        var municipalities = matches.Select(m => m.Municipality).OfType<ComparedMunicipality>().DistinctBy(m => m.Id).ToList();
        var unknown = matches.Where(m => m.Municipality is null).Select(m => m.Term).ToList();
        if (municipalities.Count == 0)
        {
            return new Comparison(date, [], [], [], unknown);
        }

        var ids = municipalities.Select(m => m.Id).ToList();
        var year = date.Year;
        var memberships = await db.Memberships.AsNoTracking().Where(Membership.InForceOn(date))
            .Where(m => m.MunicipalityId != null && ids.Contains(m.MunicipalityId.Value))
            .Select(m => new
            {
                m.ArrangementId,
                m.Arrangement!.Name,
                m.Arrangement.GoalLevel,
                m.Arrangement.LegalForm,
                MunicipalityId = m.MunicipalityId!.Value,
                Contribution = m.Contributions.Where(c => c.Year == year).Select(c => c.Realised ?? c.Budgeted).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var placements = await db.TaskPlacements.AsNoTracking().Where(TaskPlacement.ActiveOn(date))
            .Where(p => ids.Contains(p.MunicipalityId))
            .Select(p => new { p.MunicipalTaskId, p.MunicipalTask!.Name, p.MunicipalityId, Arrangement = p.Arrangement == null ? null : p.Arrangement.Name })
            .ToListAsync(cancellationToken);

        var arrangements = memberships.GroupBy(m => (m.ArrangementId, m.Name, m.GoalLevel, m.LegalForm))
            .Select(g => new ComparedArrangement(g.Key.ArrangementId, g.Key.Name, g.Key.GoalLevel, g.Key.LegalForm,
                g.GroupBy(m => m.MunicipalityId).ToDictionary(m => m.Key, m => m.First().Contribution)))
            .OrderByDescending(a => a.Contribution.Count).ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();
        var tasks = placements.GroupBy(p => (p.MunicipalTaskId, p.Name))
            .Select(g => new ComparedTask(g.Key.MunicipalTaskId, g.Key.Name,
                g.GroupBy(p => p.MunicipalityId).ToDictionary(p => p.Key, p => string.Join(", ", p.Select(x => x.Arrangement ?? "zelf").Order()))))
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .ToList();
        return new Comparison(date, municipalities, arrangements, tasks, unknown);
    }
}
