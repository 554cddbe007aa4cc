using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Features.Users;

/// <summary>
/// Users and their roles, for the beheerder's user page and the operator's command line. Whoever asks must be a
/// beheerder now (<see cref="AccessCheck"/>): the page's attribute does not hold inside an open circuit. What takes
/// access away — another role, removal, blocking, a new password — changes the user's security stamp, so their
/// sign-ins end everywhere within the revalidation interval. A beheerder is always left who can sign in: nobody
/// demotes, removes or blocks the last one, nor their own account. Every change is one transaction on a context of its
/// own (a circuit lives long; its context would remember users as they were).
/// </summary>
public sealed class UserAdministration(
    IServiceScopeFactory scopes, IDbContextFactory<RegisterDbContext> contextFactory, AccessCheck access,
    ILookupNormalizer normalizer, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    /// <summary>The end of a block by a beheerder: until someone unblocks.</summary>
    public static readonly DateTimeOffset Blocked = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string NotABeheerder = "Alleen een beheerder mag gebruikers beheren. Is uw rol net gewijzigd? Log dan opnieuw in.";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal actor)
    {
        if (!await access.HoldsAsync(actor, Roles.Beheerder))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new
        {
            u.Id,
            Email = u.Email ?? u.UserName ?? "",
            u.LockoutEnd,
            u.TwoFactorEnabled,
            Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name!).ToList(),
        }).ToListAsync();
        var now = clock.GetUtcNow();
        return [.. users.Select(u => new UserSummary(u.Id, u.Email, u.Roles, u.LockoutEnd > now ? u.LockoutEnd : null, u.TwoFactorEnabled))];
    }

    /// <summary>Adds a user with one role; the errors are in Dutch and empty on success.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(ClaimsPrincipal actor, string email, string password, string role)
    {
        email = email.Trim();
        if (!await access.HoldsAsync(actor, Roles.Beheerder))
        {
            return [NotABeheerder];
        }

        if (!Roles.All.Contains(role))
        {
            return [$"Onbekende rol '{role}': kies {string.Join(" of ", Roles.All)}."];
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await scope.ServiceProvider.GetRequiredService<RegisterDbContext>().RetryingAsync<IReadOnlyList<string>>(async () =>
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                return [$"Er is al een gebruiker met e-mailadres {email}."];
            }

            await EnsureRolesAsync(scope.ServiceProvider);
            await using var transaction = await scope.ServiceProvider.GetRequiredService<RegisterDbContext>().Database.BeginTransactionAsync();
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            var problems = await AllAsync(() => users.CreateAsync(user, password), () => users.AddToRoleAsync(user, role));
            if (problems.Count == 0)
            {
                await transaction.CommitAsync();
            }

            return problems;
        });
    }

    /// <summary>Gives the user this role instead of the one they had; none (<c>null</c>) leaves them a reader.</summary>
    public Task<IReadOnlyList<string>> SetRoleAsync(ClaimsPrincipal actor, string userId, string? role)
    {
        if (role is not null && !Roles.All.Contains(role))
        {
            return Task.FromResult<IReadOnlyList<string>>([$"Onbekende rol '{role}'."]);
        }

        return ChangeAsync(actor, userId, async target =>
        {
            var users = target.Users;
            if (role != Roles.Beheerder && await users.IsInRoleAsync(target.User, Roles.Beheerder))
            {
                if (target.IsActor)
                {
                    return ["U kunt uw eigen rol als beheerder niet afnemen: laat een andere beheerder dat doen."];
                }

                if (target.IsLastBeheerder)
                {
                    return ["Dit is de laatste beheerder: maak eerst iemand anders beheerder."];
                }
            }

            return await AllAsync(
                async () => await users.RemoveFromRolesAsync(target.User, await users.GetRolesAsync(target.User)),
                () => role is null ? Task.FromResult(IdentityResult.Success) : users.AddToRoleAsync(target.User, role),
                () => users.UpdateSecurityStampAsync(target.User));
        });
    }

    public Task<IReadOnlyList<string>> RemoveAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, async target =>
            target.IsActor ? ["U kunt uw eigen account niet verwijderen."]
            : target.IsLastBeheerder ? ["Dit is de laatste beheerder: die kunt u niet verwijderen."]
            : await AllAsync(() => target.Users.DeleteAsync(target.User)));

    /// <summary>Blocks the account until a beheerder unblocks it; its sign-ins end everywhere.</summary>
    public Task<IReadOnlyList<string>> BlockAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, async target =>
            target.IsActor ? ["U kunt uw eigen account niet blokkeren."]
            : target.IsLastBeheerder ? ["Dit is de laatste beheerder: die kunt u niet blokkeren."]
            : await AllAsync(
                () => target.Users.SetLockoutEnabledAsync(target.User, true),
                () => target.Users.SetLockoutEndDateAsync(target.User, Blocked),
                () => target.Users.UpdateSecurityStampAsync(target.User)));

    /// <summary>Ends a block, or a lockout after too many wrong codes.</summary>
    public Task<IReadOnlyList<string>> UnlockAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, target => AllAsync(
            () => target.Users.SetLockoutEndDateAsync(target.User, null),
            () => target.Users.ResetAccessFailedCountAsync(target.User)));

    /// <summary>Sets a new password, e.g. one the user forgot; their sign-ins end everywhere.</summary>
    public Task<IReadOnlyList<string>> ResetPasswordAsync(ClaimsPrincipal actor, string userId, string password) =>
        ChangeAsync(actor, userId, async target => target.IsActor
            ? ["Uw eigen wachtwoord wijzigt u bij Mijn account."]
            : await AllAsync(async () => await target.Users.ResetPasswordAsync(
                target.User, await target.Users.GeneratePasswordResetTokenAsync(target.User), password)));

    /// <summary>Turns the authenticator app off, e.g. for a lost phone; the user can set it up again.</summary>
    public Task<IReadOnlyList<string>> DisableTwoFactorAsync(ClaimsPrincipal actor, string userId) =>
        ChangeAsync(actor, userId, async target => target.IsActor
            ? ["Uw eigen authenticator-app zet u uit bij Mijn account."]
            : await AllAsync(
                () => target.Users.SetTwoFactorEnabledAsync(target.User, false),
                () => target.Users.ResetAuthenticatorKeyAsync(target.User)));

    /// <summary>
    /// One change to one user in one transaction that holds the beheerder role's row, so that two beheerders who demote
    /// each other at the same moment cannot leave none.
    /// </summary>
    private async Task<IReadOnlyList<string>> ChangeAsync(ClaimsPrincipal actor, string userId, Func<Target, Task<IReadOnlyList<string>>> change)
    {
        if (!await access.HoldsAsync(actor, Roles.Beheerder))
        {
            return [NotABeheerder];
        }

        await using var scope = scopes.CreateAsyncScope();
        await EnsureRolesAsync(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<RegisterDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await db.RetryingAsync(() => ChangeOnceAsync(db, users, actor, userId, change));
    }

    /// <summary>One attempt, from locking the role to the commit: a transient failure runs it all again.</summary>
    private async Task<IReadOnlyList<string>> ChangeOnceAsync(
        RegisterDbContext db, UserManager<IdentityUser> users, ClaimsPrincipal actor, string userId, Func<Target, Task<IReadOnlyList<string>>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var beheerder = normalizer.NormalizeName(Roles.Beheerder);
        var role = (await db.Roles.FromSql($"SELECT * FROM roles WHERE normalized_name = {beheerder} FOR UPDATE").AsNoTracking().ToListAsync()).Single();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return ["Deze gebruiker bestaat niet meer."];
        }

        var now = clock.GetUtcNow();
        var activeBeheerders = await db.UserRoles.Where(r => r.RoleId == role.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (_, u) => u)
            .Where(u => u.LockoutEnd == null || u.LockoutEnd <= now)
            .Select(u => u.Id)
            .ToListAsync();
        var actorId = actor.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var problems = await change(new Target(users, user, actorId == user.Id, activeBeheerders is [var only] && only == user.Id));
        if (problems.Count == 0)
        {
            await transaction.CommitAsync();
        }

        return problems;
    }

    /// <summary>Runs the steps in order and stops at the first that fails, with its errors in Dutch.</summary>
    private static async Task<IReadOnlyList<string>> AllAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return [.. result.Errors.Select(e => e.Description)];
            }
        }

        return [];
    }

    private static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private sealed record Target(UserManager<IdentityUser> Users, IdentityUser User, bool IsActor, bool IsLastBeheerder);
}
