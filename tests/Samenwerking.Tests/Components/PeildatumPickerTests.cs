using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Tests.Components;

public sealed class PeildatumPickerTests : MudComponentTest
{
    public PeildatumPickerTests() => Services.AddSingleton(TimeProvider.System);

    private IRenderedComponent<PeildatumPicker> Render(string address, DateOnly date)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<PeildatumPicker>(p => p.Add(c => c.Date, date));
    }

    [Fact]
    public void Asks_for_a_date_in_a_form_that_keeps_the_rest_of_the_address()
    {
        var picker = Render("/vergelijken?gemeente=Zeist&gemeente=Bunnik&peildatum=2025-06-30", new DateOnly(2025, 6, 30));

        var form = picker.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/vergelijken", form.GetAttribute("action"));
        var date = picker.Find("input[type=date]");
        Assert.Equal("peildatum", date.GetAttribute("name"));
        Assert.Equal("2025-06-30", date.GetAttribute("value"));
        Assert.Equal(
            ["gemeente=Zeist", "gemeente=Bunnik"],
            picker.FindAll("input[type=hidden]").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}"));
    }

    [Fact]
    public void Links_back_to_today_without_the_date_in_the_address()
    {
        var picker = Render("/vergelijken?gemeente=Zeist&peildatum=2025-06-30", new DateOnly(2025, 6, 30));

        var back = picker.FindAll("a").Single(a => a.TextContent.Contains("Terug naar vandaag", StringComparison.Ordinal));
        Assert.Equal("/vergelijken?gemeente=Zeist", back.GetAttribute("href"));
    }

    [Fact]
    public void Offers_no_way_back_on_today_itself()
    {
        var picker = Render("/gemeenten/GM0355", Peildatum.Today(TimeProvider.System));

        Assert.Empty(picker.FindAll("a"));
    }
}
