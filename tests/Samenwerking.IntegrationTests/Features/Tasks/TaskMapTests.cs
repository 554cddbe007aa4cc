using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Maps;

namespace Samenwerking.IntegrationTests.Features.Tasks;

/// <summary>The task page's map: coloured by arrangement, bordering arrangements apart, suggestions striped, with a text legend.</summary>
public sealed partial class TaskMapTests(RegisterDatabase database) : RegisterTest(database)
{
    private sealed record Area(string Code, string Fill, int Class, string Title);

    private async Task<(string Html, Dictionary<string, Area> Areas)> TaskPageAsync(string code)
    {
        await using var db = Database.CreateContext();
        var id = await db.MunicipalTasks.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
        using var client = Database.App.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/taken/{id}", UriKind.Relative));
        var areas = MapPath().Matches(html)
            .Select(m => new Area(m.Groups["code"].Value, m.Groups["fill"].Value, int.Parse(m.Groups["class"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["title"].Value))
            .ToDictionary(a => a.Code);
        return (html, areas);
    }

    [Fact]
    public async Task Colours_every_municipality_by_its_veiligheidsregio_and_bordering_regions_apart()
    {
        await Database.ImportBoundariesAsync();
        var neighbours = (await Database.GetService<MapGeometryCache>().GetAsync())!.Neighbours;

        var (html, areas) = await TaskPageAsync("BRANDWEER");

        Assert.Equal(342, areas.Count);
        Assert.All(areas.Values, a => Assert.True(a.Class >= 2, $"{a.Code} is niet gekleurd naar een veiligheidsregio."));
        Assert.Equal(25, areas.Values.Select(a => a.Class).Distinct().Count());
        Assert.Contains("Zeist: Veiligheidsregio Utrecht", areas["GM0355"].Title, StringComparison.Ordinal);
        var borders = neighbours.SelectMany(n => n.Value.Select(other => (n.Key, other)))
            .Where(pair => areas.ContainsKey(pair.Key) && areas.ContainsKey(pair.other) && areas[pair.Key].Class != areas[pair.other].Class)
            .ToList();
        Assert.True(borders.Count > 50, "De veiligheidsregio's grenzen aan elkaar.");
        Assert.All(borders, pair => Assert.NotEqual(areas[pair.Key].Fill, areas[pair.other].Fill));
        // The legend is text: every region by name with its number of municipalities, in a table.
        Assert.Contains("Veiligheidsregio Utrecht</a></td>", html, StringComparison.Ordinal);
        Assert.Contains("De tabel hieronder is de legenda", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stripes_a_suggested_placement_and_says_so_and_greys_who_keeps_the_task_or_has_nothing()
    {
        await Database.ImportBoundariesAsync();
        await Database.AddArrangementAsync("Jeugdhulp Zuidoost Utrecht Test", ["GM0355", "GM0312"], LegalForm.Centrumregeling, tasks: ["Inkoop jeugdhulp"]);
        await using (var db = Database.CreateContext())
        {
            var bunnik = await db.TaskPlacements.SingleAsync(p => p.Arrangement!.Name == "Jeugdhulp Zuidoost Utrecht Test" && p.Municipality!.Code == "GM0312");
            bunnik.IsSuggestion = true;
            bunnik.SuggestionReason = "wettelijke grondslag: Jeugdwet";
            db.TaskPlacements.Add(new TaskPlacement
            {
                MunicipalityId = await db.Municipalities.Where(m => m.Code == "GM0344").Select(m => m.Id).SingleAsync(),
                MunicipalTaskId = bunnik.MunicipalTaskId,
            });
            await db.SaveChangesAsync();
        }

        var (html, areas) = await TaskPageAsync("JEUGDHULP");

        Assert.StartsWith("url(#arcering-", areas["GM0312"].Fill, StringComparison.Ordinal);
        Assert.Equal("Bunnik: Jeugdhulp Zuidoost Utrecht Test (voorgesteld)", areas["GM0312"].Title);
        Assert.StartsWith("#", areas["GM0355"].Fill, StringComparison.Ordinal);
        Assert.Equal("Zeist: Jeugdhulp Zuidoost Utrecht Test", areas["GM0355"].Title);
        Assert.Equal((1, "#3d3d3d"), (areas["GM0344"].Class, areas["GM0344"].Fill));
        Assert.Equal((0, MapShading.Neutral), (areas["GM0014"].Class, areas["GM0014"].Fill));
        // The same arrangement keeps its colour, striped where it is only suggested.
        Assert.Contains($"<rect width=\"5\" height=\"5\" fill=\"{areas["GM0355"].Fill}\"/>", html, StringComparison.Ordinal);
        Assert.Contains(">voorgesteld</td>", html, StringComparison.Ordinal);
        Assert.Contains(">bevestigd</td>", html, StringComparison.Ordinal);
        // The legend names every municipality, each linking to its page, separated by commas.
        Assert.Matches("(?s)Voeren de taak zelf uit</td>.*?<span class=\"municipality-links\"><a [^>]*href=\"/gemeenten/GM0344\">Utrecht</a></span>", html);
        Assert.Contains("href=\"/gemeenten/GM0355\">Zeist</a>", html, StringComparison.Ordinal);
        Assert.Matches("(?s)Niets geregistreerd</td>.*?<span class=\"municipality-links\"><a [^>]*href=\"/gemeenten/GM\\d{4}\">[^<]+</a>, <a ", html);
    }

    [Fact]
    public async Task Draws_the_map_with_its_colours_while_writes_go_on()
    {
        // Blazor renders a page at its first await that yields. When the task's query happened to finish without
        // yielding, that was the map's await (its outlines checked again after a write): the page was drawn with a task
        // and no shading and answered 500 (found by the soak). Timing decides, so: many readers right after many writes.
        // With the page as it was, this failed in 4 of 4 runs.
        await Database.ImportBoundariesAsync();
        await using var db = Database.CreateContext();
        var id = await db.MunicipalTasks.Where(t => t.Code == "JEUGDHULP").Select(t => t.Id).SingleAsync();
        using var client = Database.App.CreateClient();
        var failed = new List<string>();
        for (var write = 0; write < 100; write++)
        {
            await Database.AddArrangementAsync($"Jeugdhulp Test {write}", ["GM0355"]);
            var reads = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync(new Uri($"/taken/{id}", UriKind.Relative))));
            failed.AddRange(reads.Where(r => !r.IsSuccessStatusCode).Select(r => $"{(int)r.StatusCode} na schrijven {write}"));
        }

        Assert.Empty(failed);
        var (_, areas) = await TaskPageAsync("JEUGDHULP");
        Assert.Equal(342, areas.Count);
    }

    [Fact]
    public async Task Says_where_the_map_would_be_when_no_boundaries_are_imported()
    {
        var (html, areas) = await TaskPageAsync("PG");

        Assert.Empty(areas);
        Assert.Contains("er zijn geen gemeentegrenzen ingelezen", html, StringComparison.Ordinal);
        Assert.Contains("Niets geregistreerd", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<path d=\"[^\"]*\" fill=\"(?<fill>[^\"]+)\" data-code=\"(?<code>[^\"]+)\" data-class=\"(?<class>\\d+)\"><title>(?<title>[^<]*)</title>")]
    private static partial Regex MapPath();
}
