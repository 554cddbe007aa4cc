namespace Samenwerking.Web.Features.Account;

/// <summary>Settings of signing in (section <c>Account</c>).</summary>
public sealed class AccountOptions
{
    public const string Section = "Account";

    /// <summary>
    /// How often a sign-in is checked against the database, in the cookie and in open interactive tabs alike: a role
    /// taken away, a removed or blocked account or a new password ends access within this time.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);
}
