using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Samenwerking.Web.Features.Account;

internal static class AccountEndpoints
{
    /// <summary>
    /// Signing out is a POST from the form in the app bar, never a GET link. The token is checked here for every
    /// request, also one without a form body (the antiforgery middleware only looks at form posts).
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/uitloggen", async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
        return endpoints;
    }
}
