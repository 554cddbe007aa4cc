using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Samenwerking.Web.Features.Maps;

/// <summary>One municipality's outline as SVG path data in the map's coordinates.</summary>
public sealed record MapArea(string Code, string Name, string Path);

/// <summary>
/// The municipalities' outlines, projected once for drawing: longitude and latitude (WGS84) to a flat plane with the
/// longitude scaled by the cosine of the middle latitude, which keeps the Netherlands' shape true at this size.
/// Reads the TopoJSON (quantized, shared arcs) and GeoJSON files that <c>import grenzen</c> stores.
/// </summary>
public sealed class MapGeometry
{
    public const double Width = 800;

    private MapGeometry(IReadOnlyList<MapArea> areas, double height, IReadOnlyDictionary<string, IReadOnlySet<string>> neighbours)
    {
        Areas = areas;
        Height = height;
        Neighbours = neighbours;
    }

    public IReadOnlyList<MapArea> Areas { get; }

    public double Height { get; }

    /// <summary>
    /// Per municipality code the codes of the municipalities it shares a border with: in TopoJSON those that share an
    /// arc, in GeoJSON those that share a vertex. A map that colours regions uses it to give neighbours different colours.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Neighbours { get; }

    public static MapGeometry Parse(string format, string content)
    {
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        var polygons = format == "topojson" ? ReadTopoJson(root) : ReadGeoJson(root);
        var neighbours = format == "topojson" ? TopoJsonNeighbours(root) : SharedVertexNeighbours(polygons);

        var points = polygons.SelectMany(p => p.Rings).SelectMany(r => r).ToList();
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var cos = Math.Cos((minY + maxY) / 2 * Math.PI / 180);
        var scale = Width / ((maxX - minX) * cos);
        var height = Math.Ceiling((maxY - minY) * scale);

        var areas = polygons
            .Select(p => new MapArea(p.Code, p.Name, PathData(p.Rings, point => ((point.X - minX) * cos * scale, (maxY - point.Y) * scale))))
            .ToList();
        return new MapGeometry(areas, height, neighbours);
    }

    /// <summary>Two municipalities border each other when their outlines use the same arc.</summary>
    private static Dictionary<string, IReadOnlySet<string>> TopoJsonNeighbours(JsonElement root)
    {
        var users = new Dictionary<int, HashSet<string>>();
        static IEnumerable<int> ArcIndexes(JsonElement arcs) =>
            arcs.ValueKind == JsonValueKind.Array
                ? arcs.EnumerateArray().SelectMany(a => a.ValueKind == JsonValueKind.Number ? new[] { a.GetInt32() } : ArcIndexes(a))
                : [];

        foreach (var geometry in root.GetProperty("objects").EnumerateObject()
                     .SelectMany(o => o.Value.GetProperty("geometries").EnumerateArray())
                     .Where(g => g.TryGetProperty("arcs", out _)))
        {
            var code = Code(geometry);
            foreach (var index in ArcIndexes(geometry.GetProperty("arcs")))
            {
                var arc = index >= 0 ? index : ~index;
                if (!users.TryGetValue(arc, out var codes))
                {
                    users[arc] = codes = [];
                }

                codes.Add(code);
            }
        }

        return Pairs(users.Values);
    }

    /// <summary>GeoJSON has no shared arcs: two municipalities border each other when their outlines share a vertex.</summary>
    private static Dictionary<string, IReadOnlySet<string>> SharedVertexNeighbours(List<Polygon> polygons)
    {
        var users = new Dictionary<(long, long), HashSet<string>>();
        foreach (var polygon in polygons)
        {
            foreach (var point in polygon.Rings.SelectMany(r => r))
            {
                var key = ((long)Math.Round(point.X * 1e5), (long)Math.Round(point.Y * 1e5));
                if (!users.TryGetValue(key, out var codes))
                {
                    users[key] = codes = [];
                }

                codes.Add(polygon.Code);
            }
        }

        return Pairs(users.Values);
    }

    private static Dictionary<string, IReadOnlySet<string>> Pairs(IEnumerable<HashSet<string>> groups)
    {
        var neighbours = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Count > 1))
        {
            foreach (var code in group)
            {
                if (!neighbours.TryGetValue(code, out var set))
                {
                    neighbours[code] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(group.Where(c => c != code));
            }
        }

        return neighbours.ToDictionary(n => n.Key, n => (IReadOnlySet<string>)n.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The rings as SVG path data, in tenths of a map unit (finer than a screen shows): each ring's first point absolute,
    /// the others relative to the point before, without repeated points or the closing point that <c>z</c> draws. Relative
    /// steps are short numbers: the map of the 342 municipalities went from 124 to 97 KB against absolute coordinates,
    /// and every page with a map carries it. Each step is taken between rounded points, so the outline does not drift.
    /// </summary>
    private static string PathData(List<List<(double X, double Y)>> rings, Func<(double X, double Y), (double X, double Y)> project)
    {
        var path = new StringBuilder();
        var points = new List<(long X, long Y)>();
        foreach (var ring in rings)
        {
            points.Clear();
            foreach (var point in ring)
            {
                var (x, y) = project(point);
                var tenths = ((long)Math.Round(x * 10), (long)Math.Round(y * 10));
                if (points.Count == 0 || points[^1] != tenths)
                {
                    points.Add(tenths);
                }
            }

            if (points.Count > 1 && points[^1] == points[0])
            {
                points.RemoveAt(points.Count - 1);
            }

            if (points.Count == 0)
            {
                continue;
            }

            path.Append('M');
            AppendTenths(path, points[0].X, separator: null);
            AppendTenths(path, points[0].Y, ',');
            if (points.Count > 1)
            {
                path.Append('l');
            }

            for (var i = 1; i < points.Count; i++)
            {
                AppendTenths(path, points[i].X - points[i - 1].X, i == 1 ? null : ' ');
                AppendTenths(path, points[i].Y - points[i - 1].Y, ',');
            }

            path.Append('z');
        }

        return path.ToString();
    }

    /// <summary>A number of tenths as its shortest decimal (12 → 1.2, 5 → .5, -10 → -1), after the separator unless negative.</summary>
    private static void AppendTenths(StringBuilder path, long tenths, char? separator)
    {
        if (tenths < 0)
        {
            path.Append('-');
            tenths = -tenths;
        }
        else if (separator is { } s)
        {
            path.Append(s);
        }

        var (whole, tenth) = Math.DivRem(tenths, 10);
        if (whole > 0 || tenth == 0)
        {
            path.Append(whole.ToString(CultureInfo.InvariantCulture));
        }

        if (tenth > 0)
        {
            path.Append('.').Append((char)('0' + tenth));
        }
    }

    private sealed record Polygon(string Code, string Name, List<List<(double X, double Y)>> Rings);

    private static List<Polygon> ReadTopoJson(JsonElement root)
    {
        var transform = root.TryGetProperty("transform", out var t) ? t : (JsonElement?)null;
        var scale = transform is { } tr ? (tr.GetProperty("scale")[0].GetDouble(), tr.GetProperty("scale")[1].GetDouble()) : (1d, 1d);
        var translate = transform is { } tt ? (tt.GetProperty("translate")[0].GetDouble(), tt.GetProperty("translate")[1].GetDouble()) : (0d, 0d);

        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            var (x, y) = (0d, 0d);
            var decoded = new List<(double X, double Y)>();
            foreach (var position in arc.EnumerateArray())
            {
                if (transform is null)
                {
                    (x, y) = (position[0].GetDouble(), position[1].GetDouble());
                }
                else
                {
                    (x, y) = (x + position[0].GetDouble(), y + position[1].GetDouble());
                }

                decoded.Add(transform is null ? (x, y) : (x * scale.Item1 + translate.Item1, y * scale.Item2 + translate.Item2));
            }

            return decoded;
        }).ToList();

        List<(double X, double Y)> Ring(JsonElement indexes)
        {
            var ring = new List<(double X, double Y)>();
            foreach (var index in indexes.EnumerateArray().Select(i => i.GetInt32()))
            {
                var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
                ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
            }

            return ring;
        }

        return root.GetProperty("objects").EnumerateObject()
            .SelectMany(o => o.Value.GetProperty("geometries").EnumerateArray())
            .Where(g => g.TryGetProperty("arcs", out _))
            .Select(g => new Polygon(Code(g), Name(g), g.GetProperty("type").GetString() == "MultiPolygon"
                ? g.GetProperty("arcs").EnumerateArray().SelectMany(polygon => polygon.EnumerateArray()).Select(Ring).ToList()
                : g.GetProperty("arcs").EnumerateArray().Select(Ring).ToList()))
            .ToList();
    }

    private static List<Polygon> ReadGeoJson(JsonElement root)
    {
        static List<(double X, double Y)> Ring(JsonElement ring) =>
            ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();

        return root.GetProperty("features").EnumerateArray()
            .Where(f => f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
            .Select(f =>
            {
                var geometry = f.GetProperty("geometry");
                var coordinates = geometry.GetProperty("coordinates");
                var rings = geometry.GetProperty("type").GetString() == "MultiPolygon"
                    ? coordinates.EnumerateArray().SelectMany(polygon => polygon.EnumerateArray()).Select(Ring).ToList()
                    : coordinates.EnumerateArray().Select(Ring).ToList();
                return new Polygon(Code(f), Name(f), rings);
            })
            .ToList();
    }

    private static string Code(JsonElement feature) => feature.GetProperty("properties").GetProperty("statcode").GetString()!;

    private static string Name(JsonElement feature) =>
        feature.GetProperty("properties").TryGetProperty("statnaam", out var name) ? name.GetString() ?? Code(feature) : Code(feature);
}
