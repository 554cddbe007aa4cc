using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samenwerking.Web.Components.Antiforgery;

/// <summary>
/// ASP.NET Core 10 issues an antiforgery cookie with every response of a Razor component page, marks the response
/// <c>no-store</c>, and writes the request token into the page as persisted component state (a
/// <c>Blazor-Server-Component-State</c> comment), whether the page has a form or not. A reading page then differs per
/// request and sets a cookie, so no shared cache can keep it. With these services a token and its cookie are issued only
/// for a response that renders a form: the sign-in page and, for signed-in users, the sign-out form in the layout.
/// </summary>
public static class AntiforgeryOnlyForForms
{
    /// <summary>Call after <c>AddRazorComponents()</c>, whose antiforgery services these wrap and replace.</summary>
    public static IServiceCollection AddAntiforgeryOnlyForForms(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(s => s.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("AddAntiforgeryOnlyForForms wraps the antiforgery of AddRazorComponents: call it after that.");
        if (registered.ImplementationType is not { } implementation)
        {
            // Already wrapped (registered by a factory): nothing to do.
            return services;
        }

        services.Replace(ServiceDescriptor.Singleton<IAntiforgery>(provider =>
            new FormsOnlyAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(provider, implementation))));
        services.Replace(ServiceDescriptor.Scoped<AntiforgeryStateProvider, FormAntiforgeryStateProvider>());
        services.AddHttpContextAccessor();
        return services;
    }
}
