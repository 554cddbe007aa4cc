using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>What an editor fills in for an arrangement: mutable, bound two-way by the form, validated by <see cref="ArrangementFormValidator"/>.</summary>
public sealed class ArrangementForm
{
    /// <summary>Null for a new arrangement.</summary>
    public int? Id { get; set; }

    /// <summary>The version the editor started from; a save on an older version is refused.</summary>
    public uint Version { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public GoalLevel? GoalLevel { get; set; }

    /// <summary>Why the import suggested the goal level, while no one has confirmed it; saving the form confirms it.</summary>
    public string? GoalLevelSuggestionReason { get; set; }

    public LegalForm? LegalForm { get; set; }

    public string? Purpose { get; set; }

    public string? PublicInterest { get; set; }

    public string? Seat { get; set; }

    public string? Address { get; set; }

    public string? CentralMunicipalityCode { get; set; }

    public DateTime? StartDate { get; set; }

    /// <summary>Setting it ends the arrangement, and with it the memberships and task placements still open.</summary>
    public DateTime? EndDate { get; set; }

    public string? ZienswijzeDecisions { get; set; }

    public bool? HasAdvisoryCommittee { get; set; }

    public string? AdvisoryCommittee { get; set; }

    public string? ResidentParticipation { get; set; }

    public int? EvaluationPeriodYears { get; set; }

    public int? ExitNoticeMonths { get; set; }

    public string? ExitCosts { get; set; }

    public string? ExitRules { get; set; }

    public Domain.Instruments.AmendmentStatus? AmendmentStatus { get; set; }

    public DateTime? AmendedOn { get; set; }

    public List<string> PolicyAreaCodes { get; set; } = [];

    public List<LinkForm> Links { get; set; } = [];

    public List<PowerForm> Powers { get; set; } = [];

    public List<MembershipForm> Memberships { get; set; } = [];

    public List<PlacementForm> Placements { get; set; } = [];

    public List<FinancialYearForm> FinancialYears { get; set; } = [];

    public List<ContributionForm> Contributions { get; set; } = [];

    public List<RiskForm> Risks { get; set; } = [];

    public List<EvaluationForm> Evaluations { get; set; } = [];
}
