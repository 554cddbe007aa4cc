namespace Samenwerking.Web.Domain;

public sealed class Risk
{
    public const int DescriptionMaxLength = 2000;
    public const int MitigationMaxLength = 2000;
    public const short MinClass = 1;
    public const short MaxClass = 3;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public required string Description { get; set; }

    /// <summary>1 (low) to 3 (high).</summary>
    public short Class { get; set; }

    public string? Mitigation { get; set; }

    public DateOnly? RecordedOn { get; set; }
}
