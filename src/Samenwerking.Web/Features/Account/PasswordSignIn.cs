using Microsoft.AspNetCore.Identity;

namespace Samenwerking.Web.Features.Account;

/// <summary>
/// Signing in with e-mail address and password, as the sign-in page does it: throttled per account and address by the
/// <see cref="SignInGuard"/>, never locking the account, and answering an unknown address, a wrong password and a blocked
/// account alike to anyone who does not know the password.
/// </summary>
public sealed class PasswordSignIn(SignInManager<IdentityUser> signIn, SignInGuard guard)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, HttpContext context)
    {
        var users = signIn.UserManager;
        var key = SignInGuard.Key(context, users.NormalizeEmail(email));
        if (guard.Wait(key) is { } wait)
        {
            return new SignInOutcome(SignInStatus.TooManyFailures, wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            guard.SpendAPasswordCheck(password);
            guard.CountFailure(key);
            return new SignInOutcome(SignInStatus.Refused);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            return new SignInOutcome(SignInStatus.SignedIn);
        }

        if (result.RequiresTwoFactor)
        {
            return new SignInOutcome(SignInStatus.NeedsCode);
        }

        // A blocked account is refused before its password is checked: check it, so that only who knows it learns more.
        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password))
        {
            return new SignInOutcome(SignInStatus.Blocked);
        }

        guard.CountFailure(key);
        return new SignInOutcome(SignInStatus.Refused);
    }
}
