namespace Samenwerking.Web.Domain;

/// <summary>A main group of the BBV taakvelden (0 Bestuur en ondersteuning … 8 Volkshuisvesting).</summary>
public sealed class PolicyArea
{
    public const int CodeMaxLength = 4;
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Arrangement> Arrangements { get; set; } = [];
}
