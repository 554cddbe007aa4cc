using System.Security.Claims;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests;

/// <summary>Principals as the app sees a signed-in user, for calling services directly.</summary>
internal static class Users
{
    public static ClaimsPrincipal Editor(string name = "redacteur@gemeente.example") => WithRole(name, Roles.Redacteur);

    public static ClaimsPrincipal WithRole(string name, string? role)
    {
        List<Claim> claims = [new(ClaimTypes.Name, name)];
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
}
