namespace Samenwerking.Web.Domain;

/// <summary>A task from the catalog ("inkoop jeugdhulp", "brandweerzorg"), under a BBV taakveld.</summary>
public sealed class MunicipalTask
{
    public const int NameMaxLength = 150;
    public const int TaakveldMaxLength = 8;
    public const int DescriptionMaxLength = 1000;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The BBV taakveld, e.g. "7.4".</summary>
    public required string Taakveld { get; set; }

    public int PolicyAreaId { get; set; }

    public PolicyArea? PolicyArea { get; set; }

    public string? Description { get; set; }
}
