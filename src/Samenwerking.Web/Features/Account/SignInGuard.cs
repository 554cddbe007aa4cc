using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samenwerking.Web.Features.RateLimiting;

namespace Samenwerking.Web.Features.Account;

/// <summary>
/// Wrong passwords slow down whoever types them, never the account's owner elsewhere (decision 0020). After
/// <see cref="RateLimitOptions.SignInFailures"/> for one account from one address, that address waits until the window
/// ends; the account itself is never locked by wrong passwords, so guessing cannot lock the administrators out. Unknown
/// addresses are counted and answered alike, so the answer tells nothing about which accounts exist.
/// </summary>
public sealed class SignInGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures;
    private readonly PasswordHasher<IdentityUser> hasher;
    private readonly Lazy<string> decoy;

    public SignInGuard(IOptions<RateLimitOptions> options, IOptions<PasswordHasherOptions> hashing)
    {
        var limits = options.Value;
        var window = RateLimits.WindowOf(limits, limits.SignInFailures);
        failures = PartitionedRateLimiter.Create<string, string>(key => window is null
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => window));
        hasher = new PasswordHasher<IdentityUser>(hashing);
        decoy = new(() => hasher.HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));
    }

    /// <summary>Whom the failures count for: one account (as typed) from one address.</summary>
    public static string Key(HttpContext context, string normalizedEmail) => $"{ClientAddress.Of(context)} {normalizedEmail}";

    /// <summary>How long this address must wait before it may try this account again; null when it may try now.</summary>
    public TimeSpan? Wait(string key)
    {
        using var lease = failures.AttemptAcquire(key, 0);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void CountFailure(string key) => failures.AttemptAcquire(key).Dispose();

    /// <summary>Checks a password against nobody's hash, so an unknown account costs the time a known one does.</summary>
    public void SpendAPasswordCheck(string password) => hasher.VerifyHashedPassword(new IdentityUser(), decoy.Value, password);

    public void Dispose() => failures.Dispose();
}
