using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>A participant: a municipality (by CBS code) or another organisation (by id).</summary>
public sealed class MembershipForm
{
    public int? Id { get; set; }

    /// <summary>Ties contributions to a membership that has no id yet.</summary>
    public Guid Key { get; set; } = Guid.NewGuid();

    public string? MunicipalityCode { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>Set to register an organisation that is not in the register yet, together with this membership.</summary>
    public string? NewOrganisationName { get; set; }

    public OrganisationKind NewOrganisationKind { get; set; } = OrganisationKind.Overig;

    /// <summary>The participant's name as shown in the form.</summary>
    public string? DisplayName { get; set; }

    public DateTime? JoinDate { get; set; }

    /// <summary>The first day the participant is no longer a member.</summary>
    public DateTime? LeaveDate { get; set; }

    public decimal? CostSharePercentage { get; set; }

    public IReadOnlyCollection<GoverningBody> GoverningBodies { get; set; } = [];

    /// <summary>Bestuurlijk belang (BBV art. 1); empty while unknown.</summary>
    public AdministrativeInterest? AdministrativeInterest { get; set; }

    /// <summary>What the financieel belang consists of (BBV art. 1).</summary>
    public IReadOnlyCollection<FinancialInterest> FinancialInterests { get; set; } = [];

    /// <summary>The register's reason while the interests are its suggestion; null once confirmed.</summary>
    public string? InterestsSuggestionReason { get; set; }

    public short? RiskClass { get; set; }

    public string? CouncilCommittee { get; set; }

    /// <summary>Who sits on the general board (algemeen bestuur) for this participant.</summary>
    public string? GeneralBoardMember { get; set; }

    /// <summary>Who sits on the executive board (dagelijks bestuur) for this participant.</summary>
    public string? ExecutiveBoardMember { get; set; }

    public bool IsActiveOn(DateTime date) => (JoinDate is null || JoinDate <= date) && (LeaveDate is null || LeaveDate > date);
}
