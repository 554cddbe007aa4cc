namespace Samenwerking.Web.Domain;

/// <summary>One version of a regeling in the national GR-register: each amendment gets a new systeemId.</summary>
public sealed class ArrangementVersion
{
    public const int TitleMaxLength = Arrangement.NameMaxLength;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    /// <summary>The version's systeemId in the national register.</summary>
    public required string NationalRegisterId { get; set; }

    public required string Title { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The first day the version no longer applies (datumUitwerkingtreding).</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The published text of this version (CVDR, Gemeenteblad), where the register links one.</summary>
    public string? PublicationUrl { get; set; }

    public bool IsInForceOn(DateOnly date) => Periods.Contains(StartDate, EndDate, date);
}
