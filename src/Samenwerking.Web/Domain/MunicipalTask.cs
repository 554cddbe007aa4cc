namespace Samenwerking.Web.Domain;

/// <summary>A task from the catalog ("inkoop jeugdhulp", "brandweerzorg"), under a BBV taakveld.</summary>
public sealed class MunicipalTask
{
    public const int NameMaxLength = 150;
    public const int TaakveldMaxLength = 8;
    public const int DescriptionMaxLength = 1000;
    public const int CodeMaxLength = 20;
    public const int LegalBasisMaxLength = 500;

    public int Id { get; set; }

    /// <summary>
    /// The stable key of a task from the seeded catalog ("PG", "BRANDWEER"): the import's rules and the seed find the task
    /// by it, whatever its name. Null for a task a beheerder added, which the rules do not suggest.
    /// </summary>
    public string? Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The BBV taakveld, e.g. "7.4".</summary>
    public required string Taakveld { get; set; }

    public int PolicyAreaId { get; set; }

    public PolicyArea? PolicyArea { get; set; }

    public string? Description { get; set; }

    /// <summary>The laws that give the task, with the articles where they were checked ("Wet publieke gezondheid art. 2, 6, 14").</summary>
    public string? LegalBasis { get; set; }
}
