using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Features.Maps;

/// <summary>The map from the imported CBS boundaries: it marks exactly the members, and says so when there are no boundaries.</summary>
public sealed partial class MapTests(RegisterDatabase database) : RegisterTest(database)
{
    private static Dictionary<string, string> Classes(string html) =>
        PathClass().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task Marks_exactly_the_current_members_of_an_arrangement()
    {
        await Database.ImportBoundariesAsync();
        var arrangement = await Database.AddArrangementAsync("Kaarttest", ["GM0312", "GM0344", "GM0355"]);
        await Database.AddArrangementAsync("Kaarttest vertrokken", ["GM0310"], leaveDate: Today.AddDays(-1));
        using var client = Database.App.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}", UriKind.Relative));

        var classes = Classes(html);
        Assert.Equal(342, classes.Count);
        Assert.Equal(["GM0312", "GM0344", "GM0355"], classes.Where(c => c.Value == "1").Select(c => c.Key).Order());
    }

    [Fact]
    public async Task Colours_a_municipalitys_partners_by_shared_arrangements_in_the_SVG_download()
    {
        await Database.ImportBoundariesAsync();
        await Database.AddArrangementAsync("Kaart A", ["GM0312", "GM0344"]);
        await Database.AddArrangementAsync("Kaart B", ["GM0312", "GM0344", "GM0355"]);
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri("/kaart/gemeenten/GM0312.svg", UriKind.Relative));

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var classes = Classes(await response.Content.ReadAsStringAsync());
        Assert.Equal("5", classes["GM0312"]);
        Assert.Equal("2", classes["GM0344"]); // Kaart A, Kaart B and the veiligheidsregio: 3 shared.
        Assert.Equal("0", classes["GM0363"]); // Amsterdam shares nothing with Bunnik.
        Assert.Equal("2", classes["GM0355"]); // Kaart B and the veiligheidsregio.
    }

    [Fact]
    public async Task Says_plainly_when_no_boundaries_have_been_imported()
    {
        await using var db = Database.CreateContext();
        Assert.False(await db.BoundarySets.AnyAsync());
        using var client = Database.App.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));
        var svg = await client.GetAsync(new Uri("/kaart/gemeenten/GM0344.svg", UriKind.Relative));

        Assert.Contains("er zijn geen gemeentegrenzen ingelezen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg viewBox", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, svg.StatusCode);
    }

    [GeneratedRegex("data-code=\"(GM\\d{4})\" data-class=\"(\\d)\"")]
    private static partial Regex PathClass();
}
