using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Web.Features.Users;

/// <summary>Users and their roles; used by the operator command and by the beheerder's user page.</summary>
public sealed class UserAdministration(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var lockedOut = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
            result.Add(new UserSummary(user.Id, user.Email ?? user.UserName ?? "", [.. await users.GetRolesAsync(user)], lockedOut));
        }

        return result;
    }

    /// <summary>Adds a user with one role; the errors are in Dutch and empty on success.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string password, string role)
    {
        email = email.Trim();
        if (!Roles.All.Contains(role))
        {
            return [$"Onbekende rol '{role}': kies {string.Join(" of ", Roles.All)}."];
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return [$"Er is al een gebruiker met e-mailadres {email}."];
        }

        await EnsureRolesAsync();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, string role)
    {
        if (!Roles.All.Contains(role))
        {
            return [$"Onbekende rol '{role}'."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["Deze gebruiker bestaat niet meer."];
        }

        await EnsureRolesAsync();
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> RemoveAsync(string userId, string currentUserId)
    {
        if (userId == currentUserId)
        {
            return ["U kunt uw eigen account niet verwijderen."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return [];
        }

        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded ? [] : deleted.Errors.Select(e => e.Description).ToList();
    }

    public async Task UnlockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
