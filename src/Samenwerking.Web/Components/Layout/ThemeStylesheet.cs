using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Samenwerking.Web.Components.Layout;

/// <summary>
/// The theme's CSS (MudBlazor's palette, type and scrollbar variables) as a stylesheet of its own, instead of a
/// <c>MudThemeProvider</c> in the layout. The theme never changes while the app runs, yet the provider wrote its 12 KB
/// into every page and, on a page without a circuit, threw and swallowed a JavaScript-interop exception at every
/// disposal: about a twentieth of an uncached page's CPU. Here MudBlazor's own provider renders it once; browsers
/// fetch it once, by a versioned address they may keep for a year.
/// </summary>
public sealed partial class ThemeStylesheet
{
    public const string Path = "/theme.css";

    private readonly Lazy<(string Css, string Version)> stylesheet;

    public ThemeStylesheet(IServiceProvider services, ILoggerFactory loggerFactory) =>
        stylesheet = new(() => Render(services, loggerFactory));

    public string Css => stylesheet.Value.Css;

    /// <summary>A hash of the CSS: part of the address, so a changed theme is a new address.</summary>
    public string Version => stylesheet.Value.Version;

    /// <summary>The address a page links to.</summary>
    public string Href => $"{Path}?v={Version}";

    private static (string Css, string Version) Render(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        using var scope = services.CreateScope();
        var html = RenderProviderAsync(scope.ServiceProvider, loggerFactory).GetAwaiter().GetResult();
        var css = string.Concat(StyleElement().Matches(html).Select(match => match.Groups["css"].Value.Trim() + "\n"));
        if (css.Length == 0)
        {
            throw new InvalidOperationException("MudThemeProvider rendered no <style> element: the theme cannot be served.");
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16];
        return (css, version);
    }

    private static async Task<string> RenderProviderAsync(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = AppTheme.Theme });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }

    [GeneratedRegex("<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}

public static class ThemeStylesheetEndpoint
{
    private static readonly TimeSpan AYear = TimeSpan.FromDays(365);

    /// <summary>
    /// <c>GET /theme.css</c>: kept a year when asked for by its current version, fetched again otherwise. The CSS is
    /// rendered here, at startup, so that no page render ever waits on a renderer of its own.
    /// </summary>
    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.ServiceProvider.GetRequiredService<ThemeStylesheet>().Version;
        endpoints.MapMethods(ThemeStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ThemeStylesheet theme) =>
        {
            var current = context.Request.Query["v"] == theme.Version;
            context.Response.Headers.CacheControl = current ? $"public, max-age={(int)AYear.TotalSeconds}, immutable" : "no-cache";
            return Results.Text(theme.Css, "text/css", Encoding.UTF8);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
