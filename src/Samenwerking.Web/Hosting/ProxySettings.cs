using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// Behind a TLS proxy (decision 0024): the client's address and scheme come from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> only when the request comes from a configured proxy; from anyone else those headers are
/// ignored, so no client can pose as another address (rate limits count per address) or as HTTPS. The proxy passes the
/// <c>Host</c> header as it is; <c>AllowedHosts</c> names the host names the app answers to.
/// </summary>
public sealed class ProxySettings(IOptions<WebFrontOptions> webFront) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        // With no proxy and no network known the middleware would believe every client: then it reads nothing.
        options.ForwardedHeaders = webFront.Value.KnownProxies.Concat(webFront.Value.KnownNetworks).Any(p => !string.IsNullOrWhiteSpace(p))
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
        options.ForwardLimit = Math.Max(1, webFront.Value.ForwardLimit);
        // The defaults trust the loopback: here only what is configured.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in webFront.Value.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address
                : throw new InvalidOperationException($"WebFront:KnownProxies: '{proxy}' is geen IP-adres."));
        }

        foreach (var network in webFront.Value.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed) ? parsed
                : throw new InvalidOperationException($"WebFront:KnownNetworks: '{network}' is geen netwerk in CIDR-notatie (zoals 10.0.0.0/24)."));
        }
    }
}
