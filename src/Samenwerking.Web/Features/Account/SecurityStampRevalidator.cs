using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Samenwerking.Web.Features.Account;

/// <summary>
/// Checks every <see cref="AccountOptions.RevalidationInterval"/> that the signed-in user of an open circuit still exists
/// with the same security stamp. Every change that takes access away changes the stamp, so it also ends access in tabs
/// that are already open: the circuit's user becomes anonymous and <see cref="AccessWatcher"/> sends them to sign in.
/// </summary>
internal sealed class SecurityStampRevalidator(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, IOptions<AccountOptions> account)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => account.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A scope per check: the circuit's own would keep a context that remembers the user as it was.
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await IsValidAsync(users, authenticationState.User);
    }

    private async Task<bool> IsValidAsync(UserManager<IdentityUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
