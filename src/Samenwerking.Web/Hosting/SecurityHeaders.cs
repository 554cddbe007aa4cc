using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// The headers every response carries — pages, API, SVG maps, downloads, static files, errors, 304s (decision 0024).
/// They are set just before the headers leave, after everything else had its say (the error handler clears headers,
/// the output cache replays stored ones), so nothing in the pipeline can lose them.
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "same-origin";

    /// <summary>No powerful feature is used by any page: all are refused, for the app and anything it might embed.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), "
        + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
        + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /// <summary>The header an enhanced navigation of Blazor receives instead of <c>Location</c>.</summary>
    private const string EnhancedNavigationRedirect = "blazor-enhanced-nav-redirect-location";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<WebFrontOptions>>().Value;
        var hsts = Hsts(options);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, string? hsts)
    {
        var headers = context.Response.Headers;
        // Replaces Blazor's own frame-ancestors 'self' with the whole policy.
        headers.ContentSecurityPolicy = ContentSecurityPolicy.Value;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.Server = default;
        if (hsts is not null && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = hsts;
        }
        else
        {
            headers.Remove(HeaderNames.StrictTransportSecurity);
        }

        headers.Location = Relative(context.Request, headers.Location);
        if (headers.TryGetValue(EnhancedNavigationRedirect, out var enhanced))
        {
            headers[EnhancedNavigationRedirect] = Relative(context.Request, enhanced);
        }
    }

    /// <summary>
    /// A redirect to the app itself goes out without scheme and host: Blazor and the sign-in cookie write absolute
    /// addresses from the request's <c>Host</c> header, which a client chooses, so a forged host would otherwise send
    /// the reader to another site.
    /// </summary>
    internal static StringValues Relative(HttpRequest request, StringValues location)
    {
        if (location.Count != 1 || !Uri.TryCreate(location[0], UriKind.Absolute, out var uri)
            || !string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase))
        {
            return location;
        }

        var relative = uri.PathAndQuery + uri.Fragment;
        // "//evil" would be read as another host again.
        return relative.StartsWith("//", StringComparison.Ordinal) ? "/" : relative;
    }

    private static string? Hsts(WebFrontOptions options) =>
        options.HstsMaxAge <= TimeSpan.Zero ? null
            : $"max-age={(long)options.HstsMaxAge.TotalSeconds}" + (options.HstsIncludeSubDomains ? "; includeSubDomains" : "");
}
