using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Many anonymous clients at once, each sending its next request as soon as the last one is answered: as browsers
/// do, they ask for Brotli or gzip; they follow no redirects (a redirect counts as an error) and keep no cookies.
/// </summary>
internal sealed class Load(Uri baseAddress, int clients) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = clients,
        AllowAutoRedirect = false,
        UseCookies = false,
        // The bytes stay compressed, as they came over the wire: unpacking them would take the app's CPU.
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        DefaultRequestHeaders = { AcceptEncoding = { new StringWithQualityHeaderValue("br"), new StringWithQualityHeaderValue("gzip") } },
    };

    /// <summary>Requests the addresses in turn for <paramref name="warmUp"/> (not counted), then for <paramref name="duration"/>.</summary>
    public async Task<LoadResult> RunAsync(string[] urls, TimeSpan warmUp, TimeSpan duration)
    {
        await HammerAsync(urls, warmUp);
        return await HammerAsync(urls, duration);
    }

    private async Task<LoadResult> HammerAsync(string[] urls, TimeSpan duration)
    {
        var next = -1;
        var errors = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var times = new List<double>();
            while (clock.Elapsed < duration)
            {
                var url = urls[(Interlocked.Increment(ref next) & int.MaxValue) % urls.Length];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }

                    Interlocked.Add(ref bytes, body.Length);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return times;
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = perClient.SelectMany(t => t).Order().ToArray();
        return all.Length == 0
            ? new LoadResult(0, 0, 0, 0, errors, 0)
            : new LoadResult(all.Length / elapsed, Percentile.Of(all, 0.5), Percentile.Of(all, 0.95), Percentile.Of(all, 0.99), errors,
                bytes / 1024.0 / all.Length);
    }

    public void Dispose() => http.Dispose();
}
