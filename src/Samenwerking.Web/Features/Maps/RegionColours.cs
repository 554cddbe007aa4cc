namespace Samenwerking.Web.Features.Maps;

/// <summary>
/// Colours for regions on the map (an arrangement's municipalities) such that two regions that border each other get
/// different colours: greedy colouring of the regions' adjacency graph, the regions with the most neighbours first.
/// A map of regions needs four colours in theory; greedy colouring rarely needs more than six, and the palette has ten.
/// Only when a region borders every colour does a colour repeat next to itself.
/// </summary>
public static class RegionColours
{
    /// <summary>Ten colours that tell apart on a map and from the greys of "kept" and "nothing" (Tableau 10 without its grey, and a dark blue).</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#2f4b7c"];

    /// <summary>A palette index per region key; the same input gives the same colours.</summary>
    /// <param name="regionOf">The region of each municipality code that is in one.</param>
    /// <param name="neighbours">Per municipality code the codes it borders.</param>
    public static IReadOnlyDictionary<int, int> Assign(IReadOnlyDictionary<string, int> regionOf, IReadOnlyDictionary<string, IReadOnlySet<string>> neighbours)
    {
        var adjacent = regionOf.Values.Distinct().ToDictionary(r => r, _ => new HashSet<int>());
        foreach (var (code, region) in regionOf)
        {
            if (!neighbours.TryGetValue(code, out var around))
            {
                continue;
            }

            foreach (var other in around)
            {
                if (regionOf.TryGetValue(other, out var otherRegion) && otherRegion != region)
                {
                    adjacent[region].Add(otherRegion);
                    adjacent[otherRegion].Add(region);
                }
            }
        }

        var size = regionOf.Values.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var colours = new Dictionary<int, int>();
        foreach (var region in adjacent.Keys.OrderByDescending(r => adjacent[r].Count).ThenByDescending(r => size[r]).ThenBy(r => r))
        {
            var taken = adjacent[region].Where(colours.ContainsKey).Select(r => colours[r]).ToList();
            var free = Enumerable.Range(0, Palette.Count).Where(c => !taken.Contains(c)).Cast<int?>().FirstOrDefault();
            colours[region] = free ?? Enumerable.Range(0, Palette.Count).OrderBy(c => taken.Count(t => t == c)).ThenBy(c => c).First();
        }

        return colours;
    }
}
