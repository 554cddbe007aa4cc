using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Boundaries;

namespace Samenwerking.IntegrationTests.Features.Import;

/// <summary>CBS boundaries are stored for the maps, one set per kind.</summary>
public sealed class BoundaryImporterTests(RegisterDatabase database) : RegisterTest(database)
{
    private Task<ImportReport> ImportAsync(string content) =>
        Database.GetService<BoundaryImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), CancellationToken.None);

    [Fact]
    public async Task Stores_the_municipality_boundaries_and_replaces_them_on_a_new_import()
    {
        var topology = await File.ReadAllTextAsync(SharedData.PathOf("cbs/geo/gemeente_2026.topojson"));

        var first = await ImportAsync(topology);
        var again = await ImportAsync(topology);

        Assert.Equal(["Gemeenten: 342 gebieden (topojson)"], first.Added);
        Assert.Empty(first.Notes);
        Assert.Single(again.Updated);
        await using var db = Database.CreateContext();
        var set = await db.BoundarySets.SingleAsync();
        Assert.Equal((BoundaryKind.Gemeenten, "topojson", 342), (set.Kind, set.Format, set.FeatureCount));
        Assert.Contains("GM0344", set.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognises_provinces_and_GeoJSON()
    {
        var provinces = await ImportAsync(await File.ReadAllTextAsync(SharedData.PathOf("cbs/geo/provincie_2026.topojson")));
        var geojson = await ImportAsync("""
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"VR09"},"geometry":{"type":"Point","coordinates":[5.1,52.1]}}]}
            """);

        Assert.Equal(["Provincies: 12 gebieden (topojson)"], provinces.Added);
        Assert.Equal(["Veiligheidsregios: 1 gebieden (geojson)"], geojson.Added);
    }

    [Theory]
    [InlineData("{\"type\":\"Topology\",", "geen geldige JSON")]
    [InlineData("{\"type\":\"Feature\"}", "geen TopoJSON")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{}}]}", "statcode")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"statcode\":\"GM0344\\\" onmouseover=\\\"x\"}}]}", "geen CBS-statcode")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"statcode\":\"GM0344\"}},{\"properties\":{\"statcode\":\"PV26\"}}]}", "mengsel")]
    public async Task Refuses_what_is_not_a_boundary_file_and_stores_nothing(string content, string message)
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(content));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.BoundarySets.AnyAsync());
    }
}
