using System.Globalization;
using System.Text.RegularExpressions;
using Samenwerking.Web.Features.Maps;

namespace Samenwerking.Tests.Features.Maps;

public sealed partial class MapGeometryTests
{
    // Two unit squares side by side sharing one arc, quantized as TopoJSON does it.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[5,52]},
         "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]],
         "objects":{"g":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"GM0001","statnaam":"West"}},
           {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"GM0002","statnaam":"Oost"}}]}}}
        """;

    [Fact]
    public void Reads_TopoJSON_with_shared_arcs_into_one_path_per_municipality()
    {
        var geometry = MapGeometry.Parse("topojson", Topology);

        Assert.Equal(["GM0001", "GM0002"], geometry.Areas.Select(a => a.Code));
        Assert.Equal("West", geometry.Areas[0].Name);
        // Two squares wide, one high, the width scaled by cos(52.5°): the height follows.
        var height = MapGeometry.Width / (2 * Math.Cos(52.5 * Math.PI / 180));
        Assert.Equal(Math.Ceiling(height), geometry.Height);
        // Each square's four corners once (the closing one is the path's z), to a tenth.
        var tenth = Math.Round(height, 1);
        Assert.All(geometry.Areas, a => Assert.Matches("^(M[0-9.]+,[0-9.]+(l[-0-9., ]*)?z)+$", a.Path));
        Assert.Equal([(0, 0), (0, tenth), (400, 0), (400, tenth)], Corners(geometry.Areas[0].Path).Order());
        Assert.Equal([(400, 0), (400, tenth), (800, 0), (800, tenth)], Corners(geometry.Areas[1].Path).Order());
    }

    [Fact]
    public void Writes_each_step_relative_to_the_point_before_in_its_shortest_form()
    {
        var geometry = MapGeometry.Parse("geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0001"},"geometry":{"type":"Polygon",
             "coordinates":[[[0,0],[0.00005,0.5],[0.0002,1],[0.0002,1],[1,1],[0,0]]]}}]}
            """);

        // 800 map units to a degree across: the points at (0, 800), (.04, 400), (.16, 0), (800, 0), to a tenth (0, .2),
        // each after the first as the step from the rounded point before: .2, where a step rounded on its own would be
        // .1 (.12) and the outline would drift. The repeated point is left out, and the closing one, which z draws.
        Assert.Equal("M0,800l0-400 .2-400 799.8,0z", Assert.Single(geometry.Areas).Path);
    }

    [Fact]
    public void Knows_which_municipalities_share_a_border()
    {
        var topo = MapGeometry.Parse("topojson", Topology);
        var geo = MapGeometry.Parse("geojson", """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"statcode":"GM0001"},"geometry":{"type":"Polygon","coordinates":[[[5,52],[6,52],[6,53],[5,53],[5,52]]]}},
             {"type":"Feature","properties":{"statcode":"GM0002"},"geometry":{"type":"Polygon","coordinates":[[[6,52],[7,52],[7,53],[6,53],[6,52]]]}},
             {"type":"Feature","properties":{"statcode":"GM0003"},"geometry":{"type":"Polygon","coordinates":[[[9,52],[10,52],[10,53],[9,52]]]}}]}
            """);

        Assert.Equal(["GM0002"], topo.Neighbours["GM0001"]);
        Assert.Equal(["GM0001"], topo.Neighbours["GM0002"]);
        Assert.Equal(["GM0002"], geo.Neighbours["GM0001"]);
        Assert.False(geo.Neighbours.ContainsKey("GM0003"));
    }

    [Fact]
    public void Gives_bordering_regions_different_colours_and_the_same_input_the_same_colours()
    {
        // A row of six municipalities in three regions, A A B B C C: B borders A and C, A and C do not border.
        var codes = Enumerable.Range(1, 6).Select(i => $"GM000{i}").ToList();
        var neighbours = codes.ToDictionary(c => c, c => (IReadOnlySet<string>)codes
            .Where(o => Math.Abs(codes.IndexOf(o) - codes.IndexOf(c)) == 1).ToHashSet());
        var regionOf = codes.ToDictionary(c => c, c => 10 + codes.IndexOf(c) / 2);

        var colours = RegionColours.Assign(regionOf, neighbours);

        Assert.NotEqual(colours[10], colours[11]);
        Assert.NotEqual(colours[11], colours[12]);
        Assert.Equal(colours, RegionColours.Assign(regionOf, neighbours));
        Assert.All(colours.Values, c => Assert.InRange(c, 0, RegionColours.Palette.Count - 1));
    }

    [Fact]
    public void Reads_GeoJSON_the_same_way()
    {
        var geometry = MapGeometry.Parse("geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0003","statnaam":"Noord"},
             "geometry":{"type":"MultiPolygon","coordinates":[[[[5,52],[6,52],[6,53],[5,52]]],[[[7,52],[8,52],[8,53],[7,52]]]]}}]}
            """);

        var area = Assert.Single(geometry.Areas);
        Assert.Equal(2, area.Path.Count(c => c == 'M'));
    }

    [Fact]
    public void Renders_every_municipality_with_its_class_and_an_accessible_name()
    {
        var geometry = MapGeometry.Parse("topojson", Topology);

        var svg = string.Concat(SvgMap.Pieces(geometry, MapShading.Members("Leden van <Test>", ["GM0002"])));

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Leden van &lt;Test&gt;\"", svg, StringComparison.Ordinal);
        Assert.Equal(["GM0001:0", "GM0002:1"], PathClass().Matches(svg).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}"));
        Assert.Contains("<title>Oost: deelnemer</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_partners_by_the_number_of_arrangements_they_share()
    {
        var shading = MapShading.SharedWith("t", "GM0001", new Dictionary<string, int> { ["GM0002"] = 1, ["GM0003"] = 3, ["GM0004"] = 9 });

        Assert.Equal(5, shading.ClassOf["GM0001"]);
        Assert.Equal(1, shading.ClassOf["GM0002"]);
        Assert.Equal(2, shading.ClassOf["GM0003"]);
        Assert.Equal(4, shading.ClassOf["GM0004"]);
        Assert.False(shading.ClassOf.ContainsKey("GM0005"));
    }

    /// <summary>The absolute points a path draws, read as a browser reads its M, l and z.</summary>
    private static List<(double X, double Y)> Corners(string path)
    {
        var points = new List<(double X, double Y)>();
        foreach (Match ring in Ring().Matches(path))
        {
            var (x, y) = (double.Parse(ring.Groups["x"].Value, CultureInfo.InvariantCulture), double.Parse(ring.Groups["y"].Value, CultureInfo.InvariantCulture));
            points.Add((x, y));
            var steps = Number().Matches(ring.Groups["steps"].Value).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i + 1 < steps.Count; i += 2)
            {
                (x, y) = (Math.Round(x + steps[i], 1), Math.Round(y + steps[i + 1], 1));
                points.Add((x, y));
            }
        }

        return points;
    }

    [GeneratedRegex("M(?<x>[0-9.]+),(?<y>[0-9.]+)(l(?<steps>[-0-9., ]*))?z")]
    private static partial Regex Ring();

    [GeneratedRegex("-?[0-9]*\\.?[0-9]+")]
    private static partial Regex Number();

    [GeneratedRegex("data-code=\"(GM\\d{4})\" data-class=\"(\\d)\"")]
    private static partial Regex PathClass();
}
