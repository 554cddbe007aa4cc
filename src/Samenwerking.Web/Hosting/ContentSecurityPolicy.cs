using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Samenwerking.Web.Components.Layout;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// The one Content-Security-Policy of every response (decision 0024). It holds nothing per request, so a page served from
/// the reader cache carries it unchanged. Scripts come only from the app's own files (there is no inline script, not
/// even an import map). Style elements come from the app's files or are MudBlazor's theme elements, allowed by their
/// SHA-256 hashes, which are computed at startup by rendering the theme as every page renders it. Style attributes are
/// allowed inline: MudBlazor and Blazor's interactive rendering set them, and no browser can hash a value made at run
/// time; a style attribute cannot run script. The interactive pages' WebSocket is <c>connect-src 'self'</c>, which
/// covers ws: and wss: to the same host in CSP Level 3.
/// </summary>
public sealed partial class ContentSecurityPolicy(IServiceProvider services, ILoggerFactory loggers)
{
    private readonly Lazy<Task<string>> value = new(() => BuildAsync(services, loggers));

    /// <summary>The policy, built once.</summary>
    public Task<string> ValueAsync() => value.Value;

    /// <summary>The policy for the given hashes of the inline style elements.</summary>
    public static string For(IEnumerable<string> styleHashes)
    {
        var styles = string.Join(' ', styleHashes.Distinct().Select(h => $"'sha256-{h}'"));
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            // style-src is the fallback of browsers that know no -elem and -attr: they get the elements, not the attributes.
            $"style-src 'self' {styles}",
            $"style-src-elem 'self' {styles}",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'");
    }

    /// <summary>The base64 SHA-256 of an inline element's content, as CSP compares it (its UTF-8 bytes, exactly).</summary>
    public static string Hash(string content) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The content of every <c>&lt;style&gt;</c> element in some HTML.</summary>
    public static IEnumerable<string> StyleElements(string html) =>
        StylePattern().Matches(html).Select(m => m.Groups[1].Value);

    private static async Task<string> BuildAsync(IServiceProvider services, ILoggerFactory loggers)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = AppTheme.Theme }));
            return output.ToHtmlString();
        });
        return For(StyleElements(html).Select(Hash));
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StylePattern();
}
