using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Overview;

/// <summary>Everything the council's overview of one municipality shows, as of one date (peildatum).</summary>
public sealed record MunicipalityOverview(
    string Code,
    string Name,
    string Province,
    DateOnly Date,
    IReadOnlyList<OverviewParty> Parties,
    TaskMatrix Tasks,
    VerbondenPartijParagraph Paragraph)
{
    /// <summary>A contribution more than this much higher than the year before is flagged: worth a question in the council.</summary>
    public const decimal JumpThreshold = 0.10m;

    /// <summary>The financial year the figures are for: the peildatum's year.</summary>
    public int Year => Date.Year;

    /// <summary>The years for which any contribution is registered, oldest first.</summary>
    public IReadOnlyList<int> Years { get; } = Parties.SelectMany(p => p.Contributions).Select(c => c.Year).Distinct().Order().ToList();

    // Computed at the first reading, then kept: the page reads them more than once, and at ten times the national size
    // each takes a few thousand lookups.
    private IReadOnlyList<YearAmount>? totalPerYear;
    private IReadOnlyList<ContributionJump>? jumps;

    /// <summary>Total contribution per year over all parties (realised where known, otherwise budgeted).</summary>
    public IReadOnlyList<YearAmount> TotalPerYear => totalPerYear ??=
        Years.Select(year => new YearAmount(year, Parties.Sum(p => p.ContributionIn(year) ?? 0))).ToList();

    /// <summary>Every year in which a party's contribution rose more than <see cref="JumpThreshold"/> on the year before, latest first.</summary>
    public IReadOnlyList<ContributionJump> Jumps => jumps ??=
        Parties.SelectMany(p => Years.Select(p.JumpIn).OfType<ContributionJump>())
            .OrderByDescending(j => j.Year).ThenByDescending(j => j.Increase).ToList();

    public decimal TotalThisYear => Parties.Sum(p => p.ContributionIn(Year) ?? 0);

    public IReadOnlyList<OverviewParty> LargestContributions(int count) =>
        Parties.Where(p => p.ContributionIn(Year) > 0).OrderByDescending(p => p.ContributionIn(Year)).Take(count).ToList();

    /// <summary>Planned evaluations from the peildatum up to a year later, soonest first.</summary>
    public IReadOnlyList<(OverviewParty Party, DateOnly PlannedFor)> EvaluationsDue =>
        Parties.SelectMany(p => p.EvaluationsPlanned.Where(d => d >= Date && (d < YearLater || YearLater == DateOnly.MaxValue)).Select(d => (p, d)))
            .OrderBy(e => e.d).ToList();

    /// <summary>A year after the peildatum; in the calendar's last year, its last day.</summary>
    public DateOnly YearLater => Date.Year < DateOnly.MaxValue.Year ? Date.AddYears(1) : DateOnly.MaxValue;

    /// <summary>
    /// The paragraaf verbonden partijen (BBV art. 15): the parties in which the municipality has both a bestuurlijk and
    /// a financieel belang, in the four BBV groups.
    /// </summary>
    public IReadOnlyList<IGrouping<BbvGroup, OverviewParty>> VerbondenPartijen =>
        Parties.Where(p => p.IsVerbondenPartij)
            .OrderBy(p => p.LegalForm.BbvGroup()).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .GroupBy(p => p.LegalForm.BbvGroup()).ToList();
}

/// <summary>An arrangement the municipality takes part in, with the municipality's own interest in it.</summary>
public sealed record OverviewParty(
    int ArrangementId,
    string Name,
    GoalLevel GoalLevel,
    LegalForm LegalForm,
    bool IsExample,
    string? Purpose,
    string? Seat,
    string? PublicInterest,
    decimal? CostSharePercentage,
    IReadOnlyList<GoverningBody> GoverningBodies,
    short? RiskClass,
    IReadOnlyList<string> Representatives,
    IReadOnlyList<ContributionRow> Contributions,
    FinancialYearRow? Finances,
    int PartnerCount,
    IReadOnlyList<string> PolicyAreas,
    IReadOnlyList<RiskRow> Risks,
    IReadOnlyList<DateOnly> EvaluationsPlanned,
    AdministrativeInterest? AdministrativeInterest = null,
    IReadOnlyList<FinancialInterest>? FinancialInterests = null,
    bool InterestsAreSuggestion = false,
    string? GoalLevelSuggestionReason = null,
    int MembershipId = 0,
    PartyPolicyRow? Policy = null)
{
    /// <summary>A verbonden partij of this municipality: a body of its own with both a bestuurlijk and a financieel belang.</summary>
    public bool IsVerbondenPartij => VerbondenPartij.Is(LegalForm, AdministrativeInterest, FinancialInterests ?? []);

    /// <summary>The contribution in a year: realised where known, otherwise budgeted; null when none is registered.</summary>
    public decimal? ContributionIn(int year) => In(year) is { } row ? row.Realised ?? row.Budgeted : null;

    /// <summary>The contribution budgeted for a year; null when none is registered.</summary>
    public decimal? BudgetedIn(int year) => In(year)?.Budgeted;

    /// <summary>The contribution realised in a year; null when none is registered.</summary>
    public decimal? RealisedIn(int year) => In(year)?.Realised;

    /// <summary>The year's row: a loop over a few years, without the allocations of a query (a page asks thousands of times).</summary>
    private ContributionRow? In(int year)
    {
        for (var i = 0; i < Contributions.Count; i++)
        {
            if (Contributions[i].Year == year)
            {
                return Contributions[i];
            }
        }

        return null;
    }

    /// <summary>The rise in the year on the year before when it exceeds the threshold; null otherwise or when either year has no figure.</summary>
    public ContributionJump? JumpIn(int year) =>
        ContributionIn(year - 1) is { } before && before > 0 && ContributionIn(year) is { } amount
            && amount > before * (1 + MunicipalityOverview.JumpThreshold)
            ? new ContributionJump(this, year, before, amount)
            : null;
}

/// <summary>A party's contribution that rose more than the threshold on the year before.</summary>
public sealed record ContributionJump(OverviewParty Party, int Year, decimal Before, decimal Amount)
{
    /// <summary>The rise as a fraction of the year before: 0.14 for 14 %.</summary>
    public decimal Increase => (Amount - Before) / Before;

    /// <summary>"14 %", rounded to whole percents.</summary>
    public string IncreaseText => Labels.Percentage(Math.Round(Increase * 100, MidpointRounding.AwayFromZero));
}

public sealed record ContributionRow(int Year, decimal? Budgeted, decimal? Realised);

public sealed record FinancialYearRow(int Year, decimal? EquityStart, decimal? EquityEnd, decimal? DebtStart, decimal? DebtEnd, decimal? Result);

public sealed record RiskRow(short Class, string Description, string? Mitigation);

public sealed record YearAmount(int Year, decimal Amount);
