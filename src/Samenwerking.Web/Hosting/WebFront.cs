using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// The web front as a municipality's CISO reviews it (decision 0024): security headers on every response, forwarded
/// headers from configured proxies only, Secure cookies and HSTS over HTTPS, no server banner. Its middleware goes in
/// front of the whole pipeline, host filtering included, so even a refused host or a crash answers with the headers.
/// </summary>
public static class WebFront
{
    public static WebApplicationBuilder AddWebFront(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<WebFrontOptions>(builder.Configuration.GetSection(WebFrontOptions.Section));
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ProxySettings>();
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<WebFrontOptions>>((cookies, webFront) =>
            cookies.Secure = webFront.Value.AlwaysSecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        // The API's description names no server: it would be the request's Host header, which the client chooses.
        services.Configure<OpenApiOptions>("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // First of all startup filters, so first in the pipeline.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, WebFrontStartupFilter>());
        return builder.ProtectKeysWithConfiguredCertificate();
    }

    private sealed class WebFrontStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            app.UseSecurityHeaders();
            app.UseCookiePolicy();
            next(app);
        };
    }
}
