namespace Samenwerking.Web.Domain;

/// <summary>A samenwerkingsverband: a gemeenschappelijke regeling, an agreement or a private-law body.</summary>
public sealed class Arrangement
{
    public const int NameMaxLength = 300;
    public const int ShortNameMaxLength = 50;
    public const int TextMaxLength = 4000;
    public const int SeatMaxLength = 100;
    public const int AddressMaxLength = 300;
    public const int GoalLevelReasonMaxLength = 1000;
    public const int NationalRegisterIdMaxLength = 100;
    public const int AdvisoryCommitteeMaxLength = 1000;
    public const int MinEvaluationPeriodYears = 1;
    public const int MaxEvaluationPeriodYears = 25;
    public const int MaxExitNoticeMonths = 120;

    public int Id { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public GoalLevel GoalLevel { get; set; }

    /// <summary>True while the goal level is the import's suggestion that no administrator has confirmed.</summary>
    public bool GoalLevelIsSuggestion { get; set; }

    public string? GoalLevelReason { get; set; }

    public LegalForm LegalForm { get; set; }

    /// <summary>What the arrangement is for (doel).</summary>
    public string? Purpose { get; set; }

    /// <summary>The public interest it serves (openbaar belang, BBV art. 15).</summary>
    public string? PublicInterest { get; set; }

    /// <summary>Place of establishment (vestigingsplaats).</summary>
    public string? Seat { get; set; }

    public string? Address { get; set; }

    public int? CentralMunicipalityId { get; set; }

    public Municipality? CentralMunicipality { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The first day the arrangement no longer applies.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The regeling's id in the national GR-register (systeemId), where it is a GR.</summary>
    public string? NationalRegisterId { get; set; }

    public string? NationalRegisterVersion { get; set; }

    /// <summary>
    /// How the participants' powers were obtained, as the national register states it for the whole regeling
    /// (attributie, delegatie, mandaat); empty where it says nothing.
    /// </summary>
    public List<PowerAcquisition> PowerAcquisitions { get; set; } = [];

    /// <summary>What the regeling says on which decisions of its bestuur the councils may give a zienswijze (Wgr 2022).</summary>
    public string? ZienswijzeDecisions { get; set; }

    /// <summary>Whether the regeling has a gemeenschappelijke adviescommissie (openbaar lichaam only); null while not registered.</summary>
    public bool? HasAdvisoryCommittee { get; set; }

    /// <summary>The adviescommissie's name and remit.</summary>
    public string? AdvisoryCommittee { get; set; }

    /// <summary>How residents and stakeholders take part, as the regeling says.</summary>
    public string? ResidentParticipation { get; set; }

    /// <summary>The regeling's own evaluation period in years; the law sets none.</summary>
    public short? EvaluationPeriodYears { get; set; }

    /// <summary>The notice period for leaving, in months (0 = none), as the regeling says.</summary>
    public short? ExitNoticeMonths { get; set; }

    /// <summary>The financial consequences of leaving (uittreedsom) as the regeling sets them.</summary>
    public string? ExitCosts { get; set; }

    /// <summary>Other exit rules: conditions, who decides, from when.</summary>
    public string? ExitRules { get; set; }

    /// <summary>Whether the regeling was brought in line with the 2022 amendment; null while not registered.</summary>
    public Instruments.AmendmentStatus? AmendmentStatus { get; set; }

    /// <summary>The date the adapted regeling took effect, where known.</summary>
    public DateOnly? AmendedOn { get; set; }

    /// <summary>Seeded to show what the register can hold; not a real arrangement.</summary>
    public bool IsExample { get; set; }

    /// <summary>When an administrator last saved the arrangement or any of its parts.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Concurrency token (PostgreSQL xmin): a save on a stale version is refused.</summary>
    public uint Version { get; set; }

    public BbvGroup BbvGroup => LegalForm.BbvGroup();

    public List<PolicyArea> PolicyAreas { get; set; } = [];

    public List<LegalBasisLink> Links { get; set; } = [];

    public List<TransferredPower> Powers { get; set; } = [];

    public List<Membership> Memberships { get; set; } = [];

    /// <summary>The versions of the regeling in the national register, oldest first.</summary>
    public List<ArrangementVersion> Versions { get; set; } = [];

    public List<TaskPlacement> TaskPlacements { get; set; } = [];

    public List<FinancialYear> FinancialYears { get; set; } = [];

    public List<Risk> Risks { get; set; } = [];

    public List<Evaluation> Evaluations { get; set; } = [];

    public List<Calendar.PlanningDocument> PlanningDocuments { get; set; } = [];
}
