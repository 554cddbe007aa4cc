using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Web.Features.Caching;

/// <summary>
/// Reading at scale (decision 0018): pages and API answers rendered once per register version and served from the
/// output cache to every anonymous reader, compressed once with Brotli or gzip, revalidated with ETags, and evicted on
/// every instance when the register changes.
/// </summary>
public static class ReaderCaching
{
    public static IServiceCollection AddReaderCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection("Caching"));
        services.AddOutputCache(options => options.AddPolicy(ReaderCachePolicy.Name, new ReaderCachePolicy()));
        services.AddSingleton<RegisterVersion>();
        services.AddSingleton<IInterceptor, RegisterCommitInterceptor>();
        services.AddHostedService<RegisterChangeListener>();

        services.AddResponseCompression(options =>
        {
            // Pages are cached compressed, so each is compressed once per register version, not per reader. The
            // antiforgery tokens that signed-in pages carry are encrypted afresh for every response, which keeps
            // BREACH from guessing them through the compressed length.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After authentication (the cache must know who asks), before the endpoints.</summary>
    public static IApplicationBuilder UseReaderCaching(this IApplicationBuilder app) =>
        app.UseOutputCache().UseResponseCompression();

    /// <summary>
    /// Pages answer HEAD as they answer GET, without the body (the server drops it), as link checkers and monitors
    /// expect: component endpoints take only GET and POST by themselves.
    /// </summary>
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
            }
        });
        return builder;
    }

    /// <summary>Serves these endpoints to anonymous readers from the cache.</summary>
    public static TBuilder CachedForReaders<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(ReaderCachePolicy.Name);
}
