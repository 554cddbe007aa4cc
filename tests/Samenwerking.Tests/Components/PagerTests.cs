using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Tests.Components;

public sealed class PagerTests : MudComponentTest
{
    private IRenderedComponent<Pager> Render(int page, int pageCount)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/samenwerkingsverbanden?vorm=Stichting&pagina={page}");
        return Render<Pager>(p => p.Add(c => c.Page, page).Add(c => c.PageCount, pageCount));
    }

    [Fact]
    public void Links_first_previous_next_and_last_page_keeping_the_filters()
    {
        var pager = Render(2, 3);

        string Href(string label) => pager.Find($"a[aria-label='{label}']").GetAttribute("href")!;
        Assert.Equal("Paginering", pager.Find("nav").GetAttribute("aria-label"));
        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting", Href("Eerste pagina"));
        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting", Href("Vorige pagina"));
        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting&pagina=3", Href("Volgende pagina"));
        Assert.Equal("/samenwerkingsverbanden?vorm=Stichting&pagina=3", Href("Laatste pagina"));
        Assert.Equal("2", pager.Find("a[aria-current=page]").TextContent);
    }

    [Fact]
    public void Shows_no_way_back_on_the_first_page()
    {
        var pager = Render(1, 8);

        Assert.Empty(pager.FindAll("a[aria-label='Eerste pagina'], a[aria-label='Vorige pagina']"));
        Assert.Equal(["1", "2", "3", "4", "5"], pager.FindAll("a:not([aria-label])").Select(a => a.TextContent));
    }

    [Fact]
    public void Renders_nothing_for_a_single_page()
    {
        var pager = Render(1, 1);

        Assert.Empty(pager.Markup.Trim());
    }
}
