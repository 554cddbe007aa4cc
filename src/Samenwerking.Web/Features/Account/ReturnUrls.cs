using Microsoft.AspNetCore.Components;

namespace Samenwerking.Web.Features.Account;

/// <summary>Where signing in returns to: only a path within this site, since an open redirect would help phishing.</summary>
internal static class ReturnUrls
{
    public static string Safe(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";

    /// <summary>The sign-in page, returning to the page now shown.</summary>
    public static string SignInReturningTo(NavigationManager navigation) =>
        $"/inloggen?ReturnUrl={Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri))}";
}
