namespace Samenwerking.Web.Domain;

/// <summary>A power (bevoegdheid) the participants placed with the arrangement, and how.</summary>
public sealed class TransferredPower
{
    public const int DescriptionMaxLength = 2000;
    public const int LegalBasisMaxLength = 500;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public required string Description { get; set; }

    public PowerAcquisition Acquisition { get; set; }

    /// <summary>The statutory provision the power rests on, e.g. "Wet publieke gezondheid, art. 14".</summary>
    public string? LegalBasis { get; set; }
}
