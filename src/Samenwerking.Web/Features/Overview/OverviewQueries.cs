using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The council's overview of one municipality, in four queries whatever its size (two of them the task matrix's).</summary>
public sealed class OverviewQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    /// <summary>The overview as of <paramref name="date"/>; null when the code is unknown.</summary>
    public async Task<MunicipalityOverview?> OverviewAsync(string code, DateOnly date, CancellationToken cancellationToken)
    {
        var normalised = Municipality.NormaliseCode(code);
        if (normalised is null)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = Membership.ActiveOn(date);
        var inForce = Membership.InForceOn(date);
        var year = date.Year;

        // The municipality with its participations, their representatives and contributions: one round trip.
        var header = await db.Municipalities.AsNoTracking()
            .Where(m => m.Code == normalised)
            .Select(m => new
            {
                m.Id,
                m.Code,
                m.Name,
                Province = m.Province!.Name,
                Memberships = db.Memberships.Where(inForce).Where(ms => ms.MunicipalityId == m.Id)
                    .Select(ms => new
                    {
                        ms.ArrangementId,
                        ms.Arrangement!.Name,
                        ms.Arrangement.GoalLevel,
                        GoalLevelSuggestionReason = ms.Arrangement.GoalLevelIsSuggestion ? ms.Arrangement.GoalLevelReason : null,
                        ms.Arrangement.LegalForm,
                        ms.Arrangement.IsExample,
                        ms.Arrangement.Purpose,
                        ms.Arrangement.Seat,
                        ms.Arrangement.PublicInterest,
                        ms.CostSharePercentage,
                        ms.GoverningBodies,
                        ms.RiskClass,
                        ms.AdministrativeInterest,
                        ms.FinancialInterests,
                        ms.InterestsAreSuggestion,
                        Representatives = ms.Representatives.OrderBy(r => r.Board).ThenBy(r => r.Name)
                            .Select(r => new { r.Name, r.Board }).ToList(),
                        Contributions = ms.Contributions.OrderBy(c => c.Year)
                            .Select(c => new ContributionRow(c.Year, c.Budgeted, c.Realised)).ToList(),
                    })
                    .ToList(),
            })
            .AsSingleQuery() // a few representatives × at most ten years per membership: one round trip beats three
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var memberships = header.Memberships;
        var ids = memberships.Select(m => m.ArrangementId).ToList();
        // The year's figures as a collection of at most one: FirstOrDefault would number every arrangement's years.
        var details = await db.Arrangements.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                // A column beside the collections, so counted once per joined row: a few hundred small counts, one round trip less.
                Participants = a.Memberships.AsQueryable().Count(active),
                Finances = a.FinancialYears.Where(f => f.Year == year)
                    .Select(f => new FinancialYearRow(f.Year, f.EquityStart, f.EquityEnd, f.DebtStart, f.DebtEnd, f.Result))
                    .ToList(),
                PolicyAreas = a.PolicyAreas.OrderBy(p => p.Code).Select(p => p.Name).ToList(),
                Risks = a.Risks.OrderByDescending(r => r.Class).ThenBy(r => r.Id)
                    .Select(r => new RiskRow(r.Class, r.Description, r.Mitigation)).ToList(),
                Evaluations = a.Evaluations.Where(e => e.PerformedOn == null && e.PlannedFor != null)
                    .Select(e => e.PlannedFor!.Value).ToList(),
            })
            .AsSingleQuery() // areas × risks × evaluations stay small per arrangement
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        var tasks = await TaskQueries.LoadMatrixAsync(db, header.Id, date, cancellationToken);

        var parties = memberships
            .Select(m =>
            {
                var detail = details[m.ArrangementId];
                return new OverviewParty(
                    m.ArrangementId, m.Name, m.GoalLevel, m.LegalForm, m.IsExample, m.Purpose, m.Seat, m.PublicInterest,
                    m.CostSharePercentage, m.GoverningBodies, m.RiskClass,
                    m.Representatives.Select(r => $"{r.Name} ({r.Board.Abbreviation()})").ToList(),
                    m.Contributions, detail.Finances.FirstOrDefault(), detail.Participants - 1,
                    detail.PolicyAreas, detail.Risks, detail.Evaluations,
                    m.AdministrativeInterest, m.FinancialInterests, m.InterestsAreSuggestion, m.GoalLevelSuggestionReason);
            })
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MunicipalityOverview(header.Code, header.Name, header.Province, date, parties, tasks);
    }
}
