namespace Samenwerking.Web.Domain;

/// <summary>
/// The boundaries of all municipalities (or provinces, or veiligheidsregio's) as imported from CBS/PDOK, kept as
/// the TopoJSON or GeoJSON document itself for the maps to draw; one set per kind, replaced by a new import.
/// </summary>
public sealed class BoundarySet
{
    public const int FormatMaxLength = 10;

    public int Id { get; set; }

    public BoundaryKind Kind { get; set; }

    /// <summary>"topojson" or "geojson".</summary>
    public required string Format { get; set; }

    public required string Content { get; set; }

    public int FeatureCount { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
