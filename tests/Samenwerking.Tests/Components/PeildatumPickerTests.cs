using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Tests.Components;

public sealed class PeildatumPickerTests : MudComponentTest
{
    public PeildatumPickerTests() => Services.AddSingleton(TimeProvider.System);

    private (IRenderedComponent<MudDatePicker> Picker, NavigationManager Navigation) Render(DateOnly date)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/gemeenten/GM0355/overzicht?peildatum=2025-06-30");
        var picker = Render<PeildatumPicker>(p => p.Add(c => c.Date, date)).FindComponent<MudDatePicker>();
        return (picker, navigation);
    }

    [Fact]
    public async Task Puts_a_new_date_in_the_address()
    {
        var (picker, navigation) = Render(new DateOnly(2025, 6, 30));

        await picker.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2024, 1, 1)));

        Assert.EndsWith("/gemeenten/GM0355/overzicht?peildatum=2024-01-01", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_navigate_when_the_picker_reports_the_date_it_was_given()
    {
        // The address already asks for 30 June 2025 while the page, still loading, gives the picker the old date; when the
        // picker reports that old date again, navigating would undo the reader's choice.
        var (picker, navigation) = Render(new DateOnly(2026, 11, 29));
        var before = navigation.Uri;

        await picker.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2026, 11, 29)));

        Assert.Equal(before, navigation.Uri);
    }
}
