using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Features.Users;

/// <summary>
/// Whether whoever asks holds a role now, by the database rather than by the claims of their sign-in. An open circuit
/// keeps its user's claims until the next revalidation; a beheerder whose role was just taken away must not use that
/// time to give it back. So the user must still exist with the security stamp they signed in with (every change of
/// role, password or block changes it) and hold the role. One query on a context of its own.
/// </summary>
public sealed class AccessCheck(
    IDbContextFactory<RegisterDbContext> contextFactory, IOptions<IdentityOptions> identity, ILookupNormalizer normalizer)
{
    public Task<bool> HoldsAsync(ClaimsPrincipal user, string role, CancellationToken cancellationToken = default) =>
        HoldsAnyAsync(user, [role], cancellationToken);

    /// <summary>Whether whoever asks may edit the register now: a beheerder or a redacteur, in one query.</summary>
    public Task<bool> MayEditAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        HoldsAnyAsync(user, [Roles.Beheerder, Roles.Redacteur], cancellationToken);

    private async Task<bool> HoldsAnyAsync(ClaimsPrincipal user, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(user, Operator.Principal))
        {
            return true;
        }

        var claims = identity.Value.ClaimsIdentity;
        var id = user.FindFirstValue(claims.UserIdClaimType);
        var stamp = user.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null || !roles.Any(user.IsInRole))
        {
            return false;
        }

        var roleNames = roles.Select(r => normalizer.NormalizeName(r)).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == id && u.SecurityStamp == stamp
            && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && roleNames.Contains(x.NormalizedName!))),
            cancellationToken);
    }
}
