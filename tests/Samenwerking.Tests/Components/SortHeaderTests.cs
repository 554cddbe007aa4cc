using Bunit;
using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Tests.Components;

public sealed class SortHeaderTests : MudComponentTest
{
    [Fact]
    public void Tells_assistive_technology_which_column_sorts_the_list_and_how()
    {
        var active = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Naam).Add(h => h.Current, ArrangementSort.Naam).Add(h => h.Descending, true)
            .AddChildContent("Naam"));
        var other = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Doel).Add(h => h.Current, ArrangementSort.Naam).AddChildContent("Doel"));

        Assert.Equal("descending", active.Find("th").GetAttribute("aria-sort"));
        Assert.Equal("none", other.Find("th").GetAttribute("aria-sort"));
        Assert.Contains("Naam", active.Find("button").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_to_sort_on_its_column_when_clicked()
    {
        ArrangementSort? requested = null;
        var header = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Deelnemers).Add(h => h.Current, ArrangementSort.Naam)
            .Add(h => h.OnSort, (ArrangementSort column) => requested = column)
            .AddChildContent("Deelnemers"));

        header.Find("button").Click();

        Assert.Equal(ArrangementSort.Deelnemers, requested);
    }
}
