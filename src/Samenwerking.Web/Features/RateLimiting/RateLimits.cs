using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Samenwerking.Web.Features.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter on what a guesser or a scraper uses (decision 0020): signing in, the API, search and
/// downloads, each per client address in a fixed window, answered with 429 and <c>Retry-After</c> (problem details on
/// the API). Reading pages carry no policy, so the limiter passes them on without counting and the page cache serves
/// them as fast as before.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "inloggen";
    public const string Api = "api";
    public const string Search = "zoeken";
    public const string Downloads = "downloads";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        // Configured when first used, not at registration, so a test host's settings win.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
            limiter.AddPolicy(SignIn, context =>
                HttpMethods.IsPost(context.Request.Method) ? PerAddress(context, limits, limits.SignIn) : NoLimit);
            limiter.AddPolicy(Api, context => PerAddress(context, limits, limits.Api));
            limiter.AddPolicy(Search, context => PerAddress(context, limits, limits.Search));
            limiter.AddPolicy(Downloads, context => PerAddress(context, limits, limits.Downloads));
        });
        return services;
    }

    /// <summary>A fixed-window limiter for one limit, or none when the limit or all limits are off.</summary>
    public static FixedWindowRateLimiterOptions? WindowOf(RateLimitOptions limits, Limit limit) =>
        limits.Enabled && limit.IsOn
            ? new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }
            : null;

    /// <summary>Whole seconds to wait, as <c>Retry-After</c> says it.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static RateLimitPartition<string> NoLimit => RateLimitPartition.GetNoLimiter("");

    private static RateLimitPartition<string> PerAddress(HttpContext context, RateLimitOptions limits, Limit limit) =>
        WindowOf(limits, limit) is { } window
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => window)
            : NoLimit;

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Seconds(retryAfter) : 60;
        var response = context.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var detail = $"Er kwamen te veel verzoeken van uw adres. Probeer het over {seconds} seconden opnieuw.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Te veel verzoeken", Detail = detail },
            });
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Te veel verzoeken – Samenwerking</title></head>
            <body><main><h1>Even geduld</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href="/">Naar de startpagina</a></p></main></body>
            </html>
            """, cancellationToken);
    }
}
