using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Tests.Components;

public sealed class SortHeaderTests : MudComponentTest
{
    public SortHeaderTests() =>
        Services.GetRequiredService<NavigationManager>().NavigateTo("/samenwerkingsverbanden?vorm=Stichting&pagina=3");

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
        Assert.Contains("Naam", active.Find("a").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_the_list_sorted_on_its_column_with_the_filters_kept_from_page_one()
    {
        var header = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Deelnemers).Add(h => h.Current, ArrangementSort.Naam).AddChildContent("Deelnemers"));

        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting&sorteer=deelnemers", header.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Links_the_active_column_to_the_other_order()
    {
        var ascending = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Deelnemers).Add(h => h.Current, ArrangementSort.Deelnemers).AddChildContent("Deelnemers"));
        var descending = Render<SortHeader>(p => p
            .Add(h => h.Column, ArrangementSort.Naam).Add(h => h.Current, ArrangementSort.Naam).Add(h => h.Descending, true)
            .AddChildContent("Naam"));

        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting&sorteer=deelnemers&volgorde=af", ascending.Find("a").GetAttribute("href"));
        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting", descending.Find("a").GetAttribute("href"));
    }
}
