namespace Samenwerking.Web.Features.Maps;

/// <summary>
/// A class on the map: its legend text and colour; <see cref="Hatched"/> draws it striped (a suggestion, not a fact);
/// <see cref="AreaText"/> is what a municipality's title says of it (the label in lower case when absent).
/// </summary>
public sealed record MapClass(string Label, string Colour, bool Hatched = false, string? AreaText = null)
{
    /// <summary>The CSS background of the legend's swatch: the colour, or the colour striped with white.</summary>
    public string SwatchBackground => Hatched ? $"repeating-linear-gradient(45deg, {Colour} 0 3px, #fff 3px 5px)" : Colour;
}

/// <summary>
/// What the map shows: the class of each municipality by code (class 0 for any municipality not listed) and the
/// classes in legend order.
/// </summary>
public sealed record MapShading(string Title, IReadOnlyList<MapClass> Classes, IReadOnlyDictionary<string, int> ClassOf)
{
    public const string Neutral = "#e6e6e6";

    /// <summary>How many municipalities are in a class; none for class 0, which holds all the others.</summary>
    public int? CountOf(int index) => index == 0 ? null : ClassOf.Values.Count(c => c == index);

    /// <summary>An arrangement's members (or a region's municipalities) in one colour, the other municipalities grey.</summary>
    public static MapShading Members(string title, IEnumerable<string> memberCodes, string member = "Deelnemer", string other = "Geen deelnemer") =>
        new(title, [new(other, Neutral), new(member, "#154273")], memberCodes.Distinct().ToDictionary(c => c, _ => 1));

    /// <summary>The municipality itself, and the others by how many arrangements they share with it.</summary>
    public static MapShading SharedWith(string title, string code, IReadOnlyDictionary<string, int> shared)
    {
        MapClass[] classes =
        [
            new("Geen gedeeld verband", Neutral), new("1 gedeeld verband", "#c6dbef"), new("2–3 gedeelde verbanden", "#6baed6"),
            new("4–6 gedeelde verbanden", "#2171b5"), new("7 of meer", "#08306b"), new("De gemeente zelf", "#8f2d56"),
        ];
        var classOf = shared.Where(s => s.Value > 0).ToDictionary(s => s.Key, s => s.Value switch { 1 => 1, <= 3 => 2, <= 6 => 3, _ => 4 });
        classOf[code] = 5;
        return new MapShading(title, classes, classOf);
    }
}
