namespace Samenwerking.Web.Hosting;

/// <summary>
/// The one Content-Security-Policy of every response (decision 0024). It holds nothing per request, so a page served from
/// the reader cache carries it unchanged. Scripts come only from the app's own files: there is no inline script, not
/// even an import map, and no eval. Styles may be inline: MudBlazor writes style elements and attributes, and Blazor
/// inserts style elements with content made at run time while it renders interactive components — no hash can name
/// those, and a style cannot run script. Images, fonts and connections stay on the app's own origin, so a style cannot
/// send anything elsewhere either. The interactive pages' WebSocket is <c>connect-src 'self'</c>, which covers ws: and
/// wss: to the same host in CSP Level 3.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Value =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
}
