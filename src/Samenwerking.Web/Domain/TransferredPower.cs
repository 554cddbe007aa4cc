namespace Samenwerking.Web.Domain;

/// <summary>A power (bevoegdheid) the participants placed with the arrangement, and how.</summary>
public sealed class TransferredPower
{
    public const int DescriptionMaxLength = 2000;
    public const int LegalBasisMaxLength = 500;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public required string Description { get; set; }

    /// <summary>
    /// How this power was obtained, where it is known per power. The national register states it per regeling
    /// (<see cref="Arrangement.PowerAcquisitions"/>), so imported powers leave it empty.
    /// </summary>
    public PowerAcquisition? Acquisition { get; set; }

    /// <summary>The statutory provision the power rests on, e.g. "Wet publieke gezondheid, art. 14".</summary>
    public string? LegalBasis { get; set; }
}
