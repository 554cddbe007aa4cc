using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Web.Features.Caching;

/// <summary>
/// Who gets a cached page, and under which key: anonymous readers asking GET or HEAD, keyed by the address with all
/// its query values, the register version, the day (pages show "today" when no peildatum is asked) and the encodings
/// the client accepts (the cache holds the compressed bytes). Responses that carry anything of one request — a cookie,
/// an antiforgery token (which marks its response no-store) — or that are no 200 are never stored. Signed-in users
/// are never served from the cache and their pages are never stored, by the browser either.
/// </summary>
internal sealed class ReaderCachePolicy : IOutputCachePolicy
{
    public const string Name = "Register";

    private const string VersionKey = "register";
    private const string DayKey = "day";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey("Authorization");
        var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (!anonymous)
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
        }

        var options = services.GetRequiredService<IOptions<CachingOptions>>().Value;
        context.EnableOutputCaching = reading && anonymous && options.Pages;
        context.AllowCacheLookup = context.EnableOutputCaching;
        context.AllowCacheStorage = context.EnableOutputCaching;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Expiration;
        context.Tags.Add(RegisterVersion.CacheTag);

        var rules = context.CacheVaryByRules;
        rules.QueryKeys = "*";
        rules.HeaderNames = "Accept-Encoding";
        var version = services.GetRequiredService<RegisterVersion>().Current.ToString(CultureInfo.InvariantCulture);
        var day = Peildatum.Format(Peildatum.Today(http));
        rules.VaryByValues[VersionKey] = version;
        rules.VaryByValues[DayKey] = day;
        if (context.EnableOutputCaching)
        {
            RevalidateWithETag(http.Response, version, day);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Called when the response is complete: whether to store it.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.AllowCacheStorage &= Storable(context.HttpContext.Response);
        return ValueTask.CompletedTask;
    }

    private static bool Storable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.Headers.SetCookie.Count == 0
        && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A page that can be stored tells browsers and shared caches to keep it but ask again each time; its ETag makes
    /// that a 304 (the API sets its own, a hash of the body). Set before the endpoint runs, because the cache takes
    /// the headers as the first byte of the body is written; taken back as the response starts if it turned out
    /// not to be storable (an error, a cookie, a form).
    /// </summary>
    private static void RevalidateWithETag(HttpResponse response, string version, string day)
    {
        var etag = RegisterVersion.ETag(version, day);
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = etag;
        response.OnStarting(() =>
        {
            if (!Storable(response) && response.Headers.ETag == etag)
            {
                response.Headers.ETag = default;
            }

            return Task.CompletedTask;
        });
    }
}
