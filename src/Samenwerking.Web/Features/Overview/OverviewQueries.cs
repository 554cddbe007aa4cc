using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The council's overview of one municipality, in four queries whatever its size (two of them the task matrix's).</summary>
public sealed class OverviewQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    /// <summary>The overview as of <paramref name="date"/>, with the begroting version of the paragraph for the year after.</summary>
    public Task<MunicipalityOverview?> OverviewAsync(string code, DateOnly date, CancellationToken cancellationToken) =>
        OverviewAsync(code, date, ParagraphChoice.Default(ParagraphKind.Begroting, date), cancellationToken);

    /// <summary>The overview as of <paramref name="date"/> with the paragraph's chosen version; null when the code is unknown.</summary>
    public async Task<MunicipalityOverview?> OverviewAsync(string code, DateOnly date, ParagraphChoice paragraph, CancellationToken cancellationToken)
    {
        var normalised = Municipality.NormaliseCode(code);
        if (normalised is null)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = Membership.ActiveOn(date);
        var year = date.Year;
        var paragraphYear = paragraph.Year;

        // The participations on the peildatum and those at some time in the paragraph's year, in one period [from, to):
        // the page and the paragraph sort them apart below.
        var from = date < paragraph.Start ? date : paragraph.Start;
        var to = date < paragraph.End ? paragraph.End : date == DateOnly.MaxValue ? date : date.AddDays(1);

        // The municipality with its participations, their representatives, contributions and texts, and its regimes: one round trip.
        var header = await db.Municipalities.AsNoTracking()
            .Where(m => m.Code == normalised)
            .Select(m => new
            {
                m.Id,
                m.Code,
                m.Name,
                Province = m.Province!.Name,
                // One row each (the municipality's), so they multiply nothing.
                Regime1 = db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 1).Select(r => new { r.Description, r.Version }).FirstOrDefault(),
                Regime2 = db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 2).Select(r => new { r.Description, r.Version }).FirstOrDefault(),
                Regime3 = db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 3).Select(r => new { r.Description, r.Version }).FirstOrDefault(),
                Memberships = db.Memberships
                    .Where(ms => ms.MunicipalityId == m.Id
                        && (ms.JoinDate == null || ms.JoinDate < to) && (ms.LeaveDate == null || ms.LeaveDate > from)
                        && (ms.Arrangement!.StartDate == null || ms.Arrangement.StartDate < to)
                        && (ms.Arrangement.EndDate == null || ms.Arrangement.EndDate > from))
                    .Select(ms => new
                    {
                        ms.Id,
                        ms.ArrangementId,
                        ms.JoinDate,
                        ms.LeaveDate,
                        ms.Arrangement!.StartDate,
                        ms.Arrangement.EndDate,
                        ms.Arrangement.Name,
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
                        // The years as three arrays in the membership's own row (array_agg, decision 0029): as a collection
                        // joined beside the memberships, each year repeated the membership's columns and EF Core
                        // materialised those rows one by one (a large municipality's overview now takes a third less CPU).
                        Contributions = db.Contributions.Where(c => c.MembershipId == ms.Id).GroupBy(c => c.MembershipId)
                            .Select(g => new
                            {
                                Years = EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Year)),
                                Budgeted = EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Budgeted)),
                                Realised = EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Realised)),
                            })
                            .FirstOrDefault(),
                        // At most one row per participation and year (unique): it multiplies nothing either.
                        Policy = db.PartyPolicies.Where(p => p.MembershipId == ms.Id && p.Year == paragraphYear)
                            .Select(p => new { p.Vision, p.Intentions, p.Accountability, p.Version }).FirstOrDefault(),
                    })
                    .ToList(),
            })
            .AsSingleQuery() // a few representatives per membership: one round trip beats two
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var memberships = header.Memberships;
        var ids = memberships.Select(m => m.ArrangementId).ToList();
        // The figures of the peildatum's year and the paragraph's, as a collection of at most two: FirstOrDefault would number every arrangement's years.
        var details = await db.Arrangements.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                // A column beside the collections, so counted once per joined row: a few hundred small counts, one round trip less.
                Participants = a.Memberships.AsQueryable().Count(active),
                Finances = a.FinancialYears.Where(f => f.Year == year || f.Year == paragraphYear)
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

        // Each participation once, to be made a party with the figures of the overview's year or the paragraph's.
        var rows = memberships.Select(m => new
        {
            m.ArrangementId,
            m.JoinDate,
            m.LeaveDate,
            m.StartDate,
            m.EndDate,
            Party = (Func<int, OverviewParty>)(financialYear => new OverviewParty(
                m.ArrangementId, m.Name, m.GoalLevel, m.LegalForm, m.IsExample, m.Purpose, m.Seat, m.PublicInterest,
                m.CostSharePercentage, m.GoverningBodies, m.RiskClass,
                m.Representatives.Select(r => $"{r.Name} ({r.Board.Abbreviation()})").ToList(),
                Contributions(m.Contributions?.Years, m.Contributions?.Budgeted, m.Contributions?.Realised),
                details[m.ArrangementId].Finances.FirstOrDefault(f => f.Year == financialYear),
                details[m.ArrangementId].Participants - 1,
                details[m.ArrangementId].PolicyAreas, details[m.ArrangementId].Risks, details[m.ArrangementId].Evaluations,
                m.AdministrativeInterest, m.FinancialInterests, m.InterestsAreSuggestion, m.GoalLevelSuggestionReason,
                m.Id, m.Policy is { } policy ? new PartyPolicyRow(policy.Vision, policy.Intentions, policy.Accountability, policy.Version) : null)),
        }).ToList();

        var parties = rows
            .Where(m => Periods.Contains(m.JoinDate, m.LeaveDate, date) && Periods.Contains(m.StartDate, m.EndDate, date))
            .Select(m => m.Party(year))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        // A participation that ended and began again within the year counts once: the later one.
        var paragraphParties = rows
            .Where(m => Periods.Overlaps(m.JoinDate, m.LeaveDate, paragraphYear) && Periods.Overlaps(m.StartDate, m.EndDate, paragraphYear))
            .GroupBy(m => m.ArrangementId)
            .Select(g => g.OrderByDescending(m => m.JoinDate ?? DateOnly.MinValue).First().Party(paragraphYear))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        var regimes = new[] { header.Regime1, header.Regime2, header.Regime3 }
            .Select((regime, i) => regime is null ? null : new RiskRegimeRow((short)(i + 1), regime.Description, regime.Version))
            .OfType<RiskRegimeRow>()
            .ToList();
        return new MunicipalityOverview(header.Code, header.Name, header.Province, date, parties, tasks,
            new VerbondenPartijParagraph(paragraph, paragraphParties, regimes));
    }

    /// <summary>The contributions from the arrays of years and amounts (null when the membership has none).</summary>
    private static List<ContributionRow> Contributions(int[]? years, decimal?[]? budgeted, decimal?[]? realised) =>
        years is null ? [] : [.. years.Select((year, i) => new ContributionRow(year, budgeted![i], realised![i]))];
}
