using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Search;

namespace Samenwerking.IntegrationTests.Features.Search;

/// <summary>The search in the top bar: Dutch full-text search, typo-tolerant names, grouped by kind.</summary>
public sealed class SearchTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string text) =>
        (await Database.GetService<SearchQueries>().SearchAsync(text, Today, CancellationToken.None)).Hits;

    [Fact]
    public async Task Finds_an_arrangement_by_a_word_from_its_purpose_in_another_inflection()
    {
        var arrangement = await Database.AddArrangementAsync("Samenwerking Kromme Rijn", ["GM0312", "GM0344"]);
        await using (var db = Database.CreateContext())
        {
            var entity = await db.Arrangements.SingleAsync(a => a.Id == arrangement.Id);
            entity.Purpose = "Gezamenlijke aanpak van laaggeletterdheid en het bevorderen van digitale vaardigheden.";
            await db.SaveChangesAsync();
        }

        var hits = await SearchAsync("digitale vaardigheid");

        var hit = Assert.Single(hits, h => h.Kind == SearchKind.Samenwerkingsverband);
        Assert.Equal("Samenwerking Kromme Rijn", hit.Title);
        Assert.Equal($"/samenwerkingsverbanden/{arrangement.Id}", hit.Href);
        Assert.Contains("laaggeletterdheid", hit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_search_index_takes_new_entries_at_once_instead_of_collecting_them_for_every_search_to_read()
    {
        await using var db = Database.CreateContext();
        var collecting = await db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_class c JOIN pg_am am ON am.oid = c.relam
            WHERE am.amname = 'gin' AND NOT coalesce(c.reloptions @> ARRAY['fastupdate=off'], false)
            """).ToListAsync();
        Assert.Empty(collecting);
        Assert.NotEmpty(await db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin'
            """).ToListAsync());
    }

    [Fact]
    public async Task Finds_a_municipality_despite_a_typo_and_by_its_code()
    {
        Assert.Contains(await SearchAsync("Amsterdm"), h => h.Kind == SearchKind.Gemeente && h.Key == "GM0363");
        Assert.Contains(await SearchAsync("gm0344"), h => h.Kind == SearchKind.Gemeente && h.Title == "Utrecht");
    }

    [Fact]
    public async Task Finds_tasks_and_powers_and_groups_them_by_kind()
    {
        var arrangement = await Database.AddArrangementAsync("Leerplichtbureau Testregio", ["GM0312", "GM0344"]);
        await using (var db = Database.CreateContext())
        {
            db.Set<TransferredPower>().Add(new TransferredPower
            {
                ArrangementId = arrangement.Id, Description = "Handhaving van de leerplicht en het opmaken van processen-verbaal", Acquisition = PowerAcquisition.Mandaat,
            });
            await db.SaveChangesAsync();
        }

        var hits = await SearchAsync("leerplicht");

        Assert.Contains(hits, h => h.Kind == SearchKind.Taak && h.Title == "Leerplicht");
        Assert.Contains(hits, h => h.Kind == SearchKind.Bevoegdheid && h.Title == "Leerplichtbureau Testregio" && h.Detail!.StartsWith("Handhaving", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Kind == SearchKind.Samenwerkingsverband && h.Title == "Leerplichtbureau Testregio");
        Assert.Equal(hits.OrderBy(h => h.Kind).Select(h => h.Kind), hits.Select(h => h.Kind));
    }

    [Fact]
    public async Task Finds_nothing_for_nothing_and_survives_search_syntax()
    {
        Assert.Empty(await SearchAsync("   "));
        Assert.Empty(await SearchAsync("\"onbestaand woord\" -or ) ( ' ; DROP TABLE arrangements"));
    }

    [Fact]
    public async Task Returns_the_best_twenty_of_a_kind_and_says_how_many_matched()
    {
        var results = await Database.GetService<SearchQueries>().SearchAsync("brandweer", Today, CancellationToken.None);

        Assert.Equal(SearchQueries.PerKind, results.Hits.Count(h => h.Kind == SearchKind.Samenwerkingsverband));
        Assert.Equal(25, results.Totals[SearchKind.Samenwerkingsverband]);
        Assert.All(results.Hits.Where(h => h.Kind == SearchKind.Samenwerkingsverband), h => Assert.StartsWith("Veiligheidsregio", h.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shows_the_results_grouped_on_the_search_page()
    {
        using var client = Database.App.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/zoeken?q=brandweer", UriKind.Relative)));

        Assert.Contains("Samenwerkingsverbanden (", html, StringComparison.Ordinal);
        Assert.Contains("Taken (", html, StringComparison.Ordinal);
        Assert.Contains("Veiligheidsregio", html, StringComparison.Ordinal);
    }
}
