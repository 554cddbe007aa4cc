using MudBlazor;

namespace Samenwerking.Web.Components.Layout;

/// <summary>The register's colours and type, in MudBlazor's terms (served as <see cref="ThemeStylesheet"/>).</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#154273",
            Secondary = "#8f2d56",
            AppbarBackground = "#154273",
            // An alert's text takes the darkened colour on a pale ground of the same hue: MudBlazor's own shades stay
            // under 4.5:1 there (WCAG 1.4.3), so these are set darker.
            SuccessDarken = "#1b5e20",
            // A success snackbar is white text on this colour, slightly transparent: MudBlazor's own green gives 2:1.
            Success = "#1b5e20",
            InfoDarken = "#0d47a1",
            WarningDarken = "#8a4b00",
            ErrorDarken = "#b71c1c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
