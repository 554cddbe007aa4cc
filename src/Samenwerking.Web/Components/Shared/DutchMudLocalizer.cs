using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Samenwerking.Web.Components.Shared;

/// <summary>MudBlazor's own texts (buttons, screen-reader labels) in Dutch; what is not listed stays MudBlazor's English.</summary>
internal sealed class DutchMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["MudAlert_Close"] = "Sluiten",
        ["MudChip_Close"] = "Verwijderen",
        ["MudDialog_Close"] = "Sluiten",
        ["MudSnackbar_Close"] = "Sluiten",
        ["MudInput_Clear"] = "Wissen",
        ["MudInput_Increment"] = "Hoger",
        ["MudInput_Decrement"] = "Lager",
        ["MudBaseDatePicker_Open"] = "Kalender openen",
        ["MudBaseDatePicker_NextMonth"] = "Volgende maand",
        ["MudBaseDatePicker_PrevMonth"] = "Vorige maand",
        ["MudBaseDatePicker_NextYear"] = "Volgend jaar",
        ["MudBaseDatePicker_PrevYear"] = "Vorig jaar",
        ["MudBreadcrumbs_Label"] = "Kruimelpad",
        ["MudFormComponent_Required"] = "Verplicht",
        ["MudNavGroup_ToggleExpand"] = "In- of uitklappen",
        ["MudPagination_FirstPage"] = "Eerste pagina",
        ["MudPagination_LastPage"] = "Laatste pagina",
        ["MudPagination_NextPage"] = "Volgende pagina",
        ["MudPagination_PreviousPage"] = "Vorige pagina",
        ["MudSelect_SelectAll"] = "Alles selecteren",
        ["MudTable_Loading"] = "Laden…",
        ["MudTabs_ScrollLeft"] = "Tabs naar links",
        ["MudTabs_ScrollRight"] = "Tabs naar rechts",
        ["MudTimePicker_Open"] = "Tijd kiezen",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);
}
