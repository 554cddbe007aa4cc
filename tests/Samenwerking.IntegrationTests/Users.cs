using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests;

/// <summary>Principals as the app sees a signed-in user, for calling services directly.</summary>
internal static class Users
{
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

    /// <summary>A new account with the role (or none), as the operator adds it.</summary>
    public static async Task<string> AddAsync(this RegisterDatabase database, string email, string? role)
    {
        if (role is null)
        {
            var users = database.GetService<UserManager<IdentityUser>>();
            Assert.True((await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, WebClients.Password)).Succeeded);
        }
        else
        {
            Assert.Empty(await database.GetService<UserAdministration>().AddAsync(Operator.Principal, email, WebClients.Password, role));
        }

        return (await database.GetService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>
    /// A redacteur as a page or circuit holds them: an account with the role, added as the operator adds it the first
    /// time it is asked for, and the principal a sign-in gives it. The commands ask the database whether whoever saves
    /// may edit (<see cref="AccessCheck"/>), so a principal of claims alone (<see cref="WithRole"/>) is refused.
    /// </summary>
    public static async Task<ClaimsPrincipal> EditorAsync(this RegisterDatabase database, string email = "redacteur@gemeente.example")
    {
        if (await database.GetService<UserManager<IdentityUser>>().FindByEmailAsync(email) is null)
        {
            await database.AddAsync(email, Roles.Redacteur);
        }

        return await database.SignedInAsync(email);
    }

    /// <summary>The principal a sign-in gives this user now, as a page or circuit holds it: id, roles and security stamp.</summary>
    public static async Task<ClaimsPrincipal> SignedInAsync(this RegisterDatabase database, string email)
    {
        var user = await database.GetService<UserManager<IdentityUser>>().FindByEmailAsync(email);
        return await database.GetService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user!);
    }
}
