using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Compare;

namespace Samenwerking.IntegrationTests.Features.Compare;

/// <summary>Municipalities side by side: arrangements, tasks and contributions.</summary>
public sealed class CompareTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Puts_arrangements_tasks_and_contributions_side_by_side()
    {
        var shared = await Database.AddArrangementAsync("Belastingen Test", ["GM0312", "GM0355"], tasks: ["Belastingheffing en -inning"]);
        await Database.AddArrangementAsync("Alleen Bunnik Test", ["GM0312"], LegalForm.Stichting);
        await using (var db = Database.CreateContext())
        {
            var membership = db.Memberships.Single(m => m.ArrangementId == shared.Id && m.Municipality!.Code == "GM0312");
            membership.Contributions.Add(new Contribution { Year = Today.Year, Budgeted = 40_000, Realised = 42_000 });
            await db.SaveChangesAsync();
        }

        var comparison = await Database.GetService<CompareQueries>().CompareAsync(["Bunnik", "gm0355", "Nergenshuizen"], Today, CancellationToken.None);

        Assert.Equal(["Bunnik", "Zeist"], comparison.Municipalities.Select(m => m.Name));
        Assert.Equal(["Nergenshuizen"], comparison.Unknown);
        var (bunnik, zeist) = (comparison.Municipalities[0].Id, comparison.Municipalities[1].Id);
        var belastingen = comparison.Arrangements.Single(a => a.Name == "Belastingen Test");
        Assert.Equal(42_000, belastingen.Contribution[bunnik]);
        Assert.Null(belastingen.Contribution[zeist]);
        Assert.False(comparison.Arrangements.Single(a => a.Name == "Alleen Bunnik Test").Contribution.ContainsKey(zeist));
        Assert.Equal(42_000, comparison.TotalOf(bunnik));
        Assert.Equal(comparison.Arrangements.Count(a => a.Contribution.ContainsKey(bunnik)), comparison.CountOf(bunnik));
        var task = comparison.Tasks.Single(t => t.Name == "Belastingheffing en -inning");
        Assert.Equal("Belastingen Test", task.PlacedWith[bunnik]);
        Assert.False(task.Differs(comparison.Municipalities));
    }

    [Fact]
    public async Task Renders_the_comparison_page()
    {
        using var client = Database.App.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/vergelijken?gemeente=GM0344&gemeente=Zeist", UriKind.Relative)));

        Assert.Contains("Samenvatting op", html, StringComparison.Ordinal);
        Assert.Contains("Veiligheidsregio Utrecht", html, StringComparison.Ordinal);
        Assert.Contains("Brandweerzorg", html, StringComparison.Ordinal);
    }
}
