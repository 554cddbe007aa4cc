namespace Samenwerking.Web.Domain;

public sealed class Province
{
    public const int CodeLength = 4;
    public const int NameMaxLength = 50;

    /// <summary>CBS code, e.g. PV27.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
}
