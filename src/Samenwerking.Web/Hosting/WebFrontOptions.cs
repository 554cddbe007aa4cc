namespace Samenwerking.Web.Hosting;

/// <summary>
/// How the app stands behind a TLS proxy (section <c>WebFront</c>; decision 0024, docs/operations.md): whose forwarded
/// headers it believes, and how it marks cookies and tells browsers to keep to HTTPS.
/// </summary>
public sealed class WebFrontOptions
{
    public const string Section = "WebFront";

    /// <summary>
    /// Addresses of the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (e.g.
    /// <c>10.0.0.5</c>). Empty: nobody's, not even the loopback's, so a client cannot pose as another address.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of such proxies in CIDR notation (e.g. <c>10.0.0.0/24</c>, <c>fd00::/64</c>).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row may have added to <c>X-Forwarded-For</c>; the app takes the client behind the last of them.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Marks every cookie <c>Secure</c>, also on plain HTTP (a proxy that speaks HTTPS but sends no <c>X-Forwarded-Proto</c>).</summary>
    public bool AlwaysSecureCookies { get; set; }

    /// <summary>How long a browser keeps to HTTPS after an HTTPS response (<c>Strict-Transport-Security</c>); zero sends none.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Also for every subdomain of the app's host name: only when they all speak HTTPS.</summary>
    public bool HstsIncludeSubDomains { get; set; }
}
