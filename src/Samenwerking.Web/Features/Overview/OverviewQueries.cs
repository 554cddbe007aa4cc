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

        return await contextFactory.ReadingAsync(db => OverviewAsync(db, normalised, date, paragraph, cancellationToken), cancellationToken);
    }

    private static async Task<MunicipalityOverview?> OverviewAsync(
        RegisterDbContext db, string normalised, DateOnly date, ParagraphChoice paragraph, CancellationToken cancellationToken)
    {
        var year = date.Year;
        var paragraphYear = paragraph.Year;

        // The participations on the peildatum and those at some time in the paragraph's year, in one period [from, to):
        // the page and the paragraph sort them apart below.
        var from = date < paragraph.Start ? date : paragraph.Start;
        var to = date < paragraph.End ? paragraph.End : date == DateOnly.MaxValue ? date : date.AddDays(1);

        var header = await HeaderQuery(db, normalised, from, to, paragraphYear, cancellationToken);
        if (header is null)
        {
            return null;
        }

        var memberships = header.Memberships;
        var details = await DetailsQuery(db, [.. memberships.Select(m => m.ArrangementId)], date, year, paragraphYear)
            .ToDictionaryAsync(row => row.Id, cancellationToken: cancellationToken);

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
                m.Id, m.Policy)),
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
        var regimes = new[] { header.Regime1, header.Regime2, header.Regime3 }.OfType<RiskRegimeRow>().ToList();
        return new MunicipalityOverview(header.Code, header.Name, header.Province, date, parties, tasks,
            new VerbondenPartijParagraph(paragraph, paragraphParties, regimes));
    }

    /// <summary>The contributions from the arrays of years and amounts (null when the membership has none).</summary>
    private static List<ContributionRow> Contributions(int[]? years, decimal?[]? budgeted, decimal?[]? realised) =>
        years is null ? [] : [.. years.Select((year, i) => new ContributionRow(year, budgeted![i], realised![i]))];

    // The page's queries are compiled once (EF.CompileAsyncQuery): built anew at every request, the C# expression trees
    // of these projections, their hashing and the query cache's comparison took about a sixth of the overview's CPU
    // (decision 0030). A compiled query takes its values as parameters only, so its conditions are written out: the
    // header's is an overlap of [from, to) with the membership's and the arrangement's periods; the member count in the
    // details is Membership.ActiveOn's.

    /// <summary>
    /// The municipality with its participations in [from, to), their representatives, contributions and texts for the
    /// paragraph's year, and its regimes: one round trip.
    /// </summary>
    private static readonly Func<RegisterDbContext, string, DateOnly, DateOnly, int, CancellationToken, Task<HeaderRow?>> HeaderQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, string code, DateOnly from, DateOnly to, int paragraphYear, CancellationToken _) =>
            db.Municipalities.AsNoTracking()
                .Where(m => m.Code == code)
                .Select(m => new HeaderRow(
                    m.Id,
                    m.Code,
                    m.Name,
                    m.Province!.Name,
                    // One row each (the municipality's), so they multiply nothing.
                    db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 1)
                        .Select(r => new RiskRegimeRow(r.RiskClass, r.Description, r.Version)).FirstOrDefault(),
                    db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 2)
                        .Select(r => new RiskRegimeRow(r.RiskClass, r.Description, r.Version)).FirstOrDefault(),
                    db.RiskRegimes.Where(r => r.MunicipalityId == m.Id && r.RiskClass == 3)
                        .Select(r => new RiskRegimeRow(r.RiskClass, r.Description, r.Version)).FirstOrDefault(),
                    db.Memberships
                        .Where(ms => ms.MunicipalityId == m.Id
                            && (ms.JoinDate == null || ms.JoinDate < to) && (ms.LeaveDate == null || ms.LeaveDate > from)
                            && (ms.Arrangement!.StartDate == null || ms.Arrangement.StartDate < to)
                            && (ms.Arrangement.EndDate == null || ms.Arrangement.EndDate > from))
                        .Select(ms => new MembershipRow
                        {
                            Id = ms.Id,
                            ArrangementId = ms.ArrangementId,
                            JoinDate = ms.JoinDate,
                            LeaveDate = ms.LeaveDate,
                            StartDate = ms.Arrangement!.StartDate,
                            EndDate = ms.Arrangement.EndDate,
                            Name = ms.Arrangement.Name,
                            GoalLevel = ms.Arrangement.GoalLevel,
                            GoalLevelSuggestionReason = ms.Arrangement.GoalLevelIsSuggestion ? ms.Arrangement.GoalLevelReason : null,
                            LegalForm = ms.Arrangement.LegalForm,
                            IsExample = ms.Arrangement.IsExample,
                            Purpose = ms.Arrangement.Purpose,
                            Seat = ms.Arrangement.Seat,
                            PublicInterest = ms.Arrangement.PublicInterest,
                            CostSharePercentage = ms.CostSharePercentage,
                            GoverningBodies = ms.GoverningBodies,
                            RiskClass = ms.RiskClass,
                            AdministrativeInterest = ms.AdministrativeInterest,
                            FinancialInterests = ms.FinancialInterests,
                            InterestsAreSuggestion = ms.InterestsAreSuggestion,
                            Representatives = ms.Representatives.OrderBy(r => r.Board).ThenBy(r => r.Name)
                                .Select(r => new RepresentativeRow(r.Name, r.Board)).ToList(),
                            // The years as three arrays in the membership's own row (array_agg, decision 0029): as a
                            // collection joined beside the memberships, each year repeated the membership's columns and
                            // EF Core materialised those rows one by one.
                            Contributions = db.Contributions.Where(c => c.MembershipId == ms.Id).GroupBy(c => c.MembershipId)
                                .Select(g => new ContributionArrays(
                                    EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Year)),
                                    EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Budgeted)),
                                    EF.Functions.ArrayAgg(g.OrderBy(c => c.Year).Select(c => c.Realised))))
                                .FirstOrDefault(),
                            // At most one row per participation and year (unique): it multiplies nothing either.
                            Policy = db.PartyPolicies.Where(p => p.MembershipId == ms.Id && p.Year == paragraphYear)
                                .Select(p => new PartyPolicyRow(p.Vision, p.Intentions, p.Accountability, p.Version)).FirstOrDefault(),
                        })
                        .ToList()))
                .AsSingleQuery() // a few representatives per membership: one round trip beats two
                .SingleOrDefault());

    /// <summary>
    /// Per arrangement its members on the date and the figures of the peildatum's year and the paragraph's (a collection
    /// of at most two: FirstOrDefault would number every arrangement's years), its policy areas, risks and open evaluations.
    /// </summary>
    private static readonly Func<RegisterDbContext, int[], DateOnly, int, int, IAsyncEnumerable<DetailsRow>> DetailsQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, int[] ids, DateOnly date, int year, int paragraphYear) =>
            db.Arrangements.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new DetailsRow(
                    a.Id,
                    // A column beside the collections, so counted once per joined row: a few hundred small counts, one round trip less.
                    a.Memberships.Count(m => (m.JoinDate == null || m.JoinDate <= date) && (m.LeaveDate == null || m.LeaveDate > date)),
                    a.FinancialYears.Where(f => f.Year == year || f.Year == paragraphYear)
                        .Select(f => new FinancialYearRow(f.Year, f.EquityStart, f.EquityEnd, f.DebtStart, f.DebtEnd, f.Result))
                        .ToList(),
                    a.PolicyAreas.OrderBy(p => p.Code).Select(p => p.Name).ToList(),
                    a.Risks.OrderByDescending(r => r.Class).ThenBy(r => r.Id)
                        .Select(r => new RiskRow(r.Class, r.Description, r.Mitigation)).ToList(),
                    a.Evaluations.Where(e => e.PerformedOn == null && e.PlannedFor != null)
                        .OrderBy(e => e.PlannedFor).Select(e => e.PlannedFor!.Value).ToList()))
                .AsSingleQuery()); // areas × risks × evaluations stay small per arrangement

    private sealed record HeaderRow(
        int Id, string Code, string Name, string Province,
        RiskRegimeRow? Regime1, RiskRegimeRow? Regime2, RiskRegimeRow? Regime3,
        List<MembershipRow> Memberships);

    private sealed class MembershipRow
    {
        public int Id { get; init; }
        public int ArrangementId { get; init; }
        public DateOnly? JoinDate { get; init; }
        public DateOnly? LeaveDate { get; init; }
        public DateOnly? StartDate { get; init; }
        public DateOnly? EndDate { get; init; }
        public required string Name { get; init; }
        public GoalLevel GoalLevel { get; init; }
        public string? GoalLevelSuggestionReason { get; init; }
        public LegalForm LegalForm { get; init; }
        public bool IsExample { get; init; }
        public string? Purpose { get; init; }
        public string? Seat { get; init; }
        public string? PublicInterest { get; init; }
        public decimal? CostSharePercentage { get; init; }
        public required List<GoverningBody> GoverningBodies { get; init; }
        public short? RiskClass { get; init; }
        public AdministrativeInterest? AdministrativeInterest { get; init; }
        public required List<FinancialInterest> FinancialInterests { get; init; }
        public bool InterestsAreSuggestion { get; init; }
        public required List<RepresentativeRow> Representatives { get; init; }
        public ContributionArrays? Contributions { get; init; }
        public PartyPolicyRow? Policy { get; init; }
    }

    private sealed record RepresentativeRow(string Name, Board Board);

    private sealed record ContributionArrays(int[] Years, decimal?[] Budgeted, decimal?[] Realised);

    private sealed record DetailsRow(
        int Id, int Participants, List<FinancialYearRow> Finances, List<string> PolicyAreas, List<RiskRow> Risks, List<DateOnly> Evaluations);
}
