namespace Samenwerking.Web.Features.Account;

public enum SignInStatus
{
    SignedIn,
    /// <summary>The password was right; the code from the authenticator app comes next.</summary>
    NeedsCode,
    /// <summary>Wrong password or unknown account: one answer for both.</summary>
    Refused,
    /// <summary>The password was right, but the account is blocked: only someone who knows the password learns this.</summary>
    Blocked,
    /// <summary>Too many wrong passwords for this account from this address; see <see cref="SignInOutcome.RetryAfter"/>.</summary>
    TooManyFailures,
}
