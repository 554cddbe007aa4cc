using System.Linq.Expressions;

namespace Samenwerking.Web.Domain;

/// <summary>A participant's deelname in an arrangement: a municipality or another organisation, for a period.</summary>
public sealed class Membership
{
    public const int CommitteeMaxLength = 150;
    public const int InterestsReasonMaxLength = 500;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public Arrangement? Arrangement { get; set; }

    /// <summary>Set for a municipality; exactly one of this and <see cref="OrganisationId"/> is set.</summary>
    public int? MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public DateOnly? JoinDate { get; set; }

    /// <summary>The first day the participant is no longer a member.</summary>
    public DateOnly? LeaveDate { get; set; }

    /// <summary>Share in the costs (verdeelsleutel) as a percentage, 0–100.</summary>
    public decimal? CostSharePercentage { get; set; }

    /// <summary>The bodies with which the participant takes part: raad, college, burgemeester or several.</summary>
    public List<GoverningBody> GoverningBodies { get; set; } = [];

    /// <summary>
    /// Set when the national register still names a municipality that merged: this membership is its successor's,
    /// counted from the merger, and the page says the register has not caught up.
    /// </summary>
    public int? FormerMunicipalityId { get; set; }

    public Municipality? FormerMunicipality { get; set; }

    /// <summary>Risk class 1 (low) to 3 (high), each with its own control regime.</summary>
    public short? RiskClass { get; set; }

    /// <summary>The council committee that follows the arrangement for this participant.</summary>
    public string? CouncilCommittee { get; set; }

    /// <summary>The participant's bestuurlijk belang; null while unknown.</summary>
    public AdministrativeInterest? AdministrativeInterest { get; set; }

    /// <summary>What the participant's financieel belang consists of; empty when it has none.</summary>
    public List<FinancialInterest> FinancialInterests { get; set; } = [];

    /// <summary>True while both interests are the register's suggestion that no administrator has confirmed.</summary>
    public bool InterestsAreSuggestion { get; set; }

    public string? InterestsReason { get; set; }

    /// <summary>
    /// The catalog tasks (ids) an administrator rejected as suggestions for this participation: no import suggests
    /// them again here.
    /// </summary>
    public List<int> RejectedTaskIds { get; set; } = [];

    public bool IsVerbondenPartij(LegalForm form) => VerbondenPartij.Is(form, AdministrativeInterest, FinancialInterests);

    /// <summary>Sets the interests a participant of this form normally has, as a suggestion, unless an administrator confirmed them.</summary>
    public void SuggestInterests(LegalForm form)
    {
        // A confirmed value, also a confirmed "unknown", stays; only a suggestion or a new participation without interests is filled.
        if (!InterestsAreSuggestion && (Id != 0 || AdministrativeInterest is not null || FinancialInterests.Count > 0))
        {
            return;
        }

        var (administrative, financial, reason) = VerbondenPartij.Suggest(form);
        if (AdministrativeInterest != administrative)
        {
            AdministrativeInterest = administrative;
        }

        if (!FinancialInterests.SequenceEqual(financial))
        {
            FinancialInterests = financial;
        }

        if (!InterestsAreSuggestion)
        {
            InterestsAreSuggestion = true;
        }

        if (InterestsReason != reason)
        {
            InterestsReason = reason;
        }
    }

    public List<Representative> Representatives { get; set; } = [];

    public List<Contribution> Contributions { get; set; } = [];

    /// <summary>
    /// Members on the date. Written out as well in compiled queries (OverviewQueries.DetailsQuery,
    /// MunicipalityQueries.HeaderQuery and SharedWithQuery): change them together.
    /// </summary>
    public static Expression<Func<Membership, bool>> ActiveOn(DateOnly date) =>
        m => (m.JoinDate == null || m.JoinDate <= date) && (m.LeaveDate == null || m.LeaveDate > date);

    /// <summary>
    /// Members on the date of an arrangement that applies on the date: what the overviews count. Written out as well in
    /// the municipality page's compiled query (MunicipalityQueries.HeaderQuery): change both.
    /// </summary>
    public static Expression<Func<Membership, bool>> InForceOn(DateOnly date) =>
        m => (m.JoinDate == null || m.JoinDate <= date) && (m.LeaveDate == null || m.LeaveDate > date)
            && (m.Arrangement!.StartDate == null || m.Arrangement.StartDate <= date)
            && (m.Arrangement.EndDate == null || m.Arrangement.EndDate > date);
}
